import { gql } from "@/graphql-system";
import { orderCard } from "@/entities/order";
import { userCard } from "@/entities/user";
import { commentSettingsRow } from "@/features/comment-settings";
import { PageLayout } from "./layout";

export const commentDetailsPage = gql.default(({ query }) =>
  query("CommentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    comment(id: $id) {
      ...${($) => commentSettingsRow.spread({ first: $.first })}
    }
    orderList(first: $first) { ...${orderCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CommentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Comment details">
      <section data-id={id}>{/* rendered from CommentDetailsPage */}</section>
    </PageLayout>
  );
}
