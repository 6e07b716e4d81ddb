import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { accountBoardRow } from "@/features/account-board";
import { PageLayout } from "./layout";

export const accountOverviewPage = gql.default(({ query }) =>
  query("AccountOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    account(id: $id) {
      ...${($) => accountBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AccountOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Account overview">
      <section data-id={id}>{/* rendered from AccountOverviewPage */}</section>
    </PageLayout>
  );
}
