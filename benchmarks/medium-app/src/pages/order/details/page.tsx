import { gql } from "@/graphql-system";
import { commentCard } from "@/entities/comment";
import { userCard } from "@/entities/user";
import { taskBoardRow } from "@/features/task-board";
import { PageLayout } from "./layout";

export const orderDetailsPage = gql.default(({ query }) =>
  query("OrderDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    commentList(first: $first) { ...${commentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function OrderDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Order details">
      <section data-id={id}>{/* rendered from OrderDetailsPage */}</section>
    </PageLayout>
  );
}
