import { gql } from "@/graphql-system";
import { commentCard } from "@/entities/comment";
import { userCard } from "@/entities/user";
import { orderBoardRow } from "@/features/order-board";
import { PageLayout } from "./layout";

export const orderOverviewPage = gql.default(({ query }) =>
  query("OrderOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    order(id: $id) {
      ...${($) => orderBoardRow.spread({ first: $.first })}
    }
    commentList(first: $first) { ...${commentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function OrderOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Order overview">
      <section data-id={id}>{/* rendered from OrderOverviewPage */}</section>
    </PageLayout>
  );
}
