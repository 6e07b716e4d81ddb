import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { customerBoardRow } from "@/features/customer-board";
import { PageLayout } from "./layout";

export const customerOverviewPage = gql.default(({ query }) =>
  query("CustomerOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    customer(id: $id) {
      ...${($) => customerBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CustomerOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Customer overview">
      <section data-id={id}>{/* rendered from CustomerOverviewPage */}</section>
    </PageLayout>
  );
}
