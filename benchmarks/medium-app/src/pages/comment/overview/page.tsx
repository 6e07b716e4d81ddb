import { gql } from "@/graphql-system";
import { orderCard } from "@/entities/order";
import { userCard } from "@/entities/user";
import { commentBoardRow } from "@/features/comment-board";
import { PageLayout } from "./layout";

export const commentOverviewPage = gql.default(({ query }) =>
  query("CommentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    comment(id: $id) {
      ...${($) => commentBoardRow.spread({ first: $.first })}
    }
    orderList(first: $first) { ...${orderCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CommentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Comment overview">
      <section data-id={id}>{/* rendered from CommentOverviewPage */}</section>
    </PageLayout>
  );
}
