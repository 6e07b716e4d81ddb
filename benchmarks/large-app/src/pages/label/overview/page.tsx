import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { labelBoardRow } from "@/features/label-board";
import { PageLayout } from "./layout";

export const labelOverviewPage = gql.default(({ query }) =>
  query("LabelOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    label(id: $id) {
      ...${($) => labelBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LabelOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Label overview">
      <section data-id={id}>{/* rendered from LabelOverviewPage */}</section>
    </PageLayout>
  );
}
