import { gql } from "@/graphql-system";
import { customerCard } from "@/entities/customer";
import { userCard } from "@/entities/user";
import { commentBoardRow } from "@/features/comment-board";
import { PageLayout } from "./layout";

export const productDetailsPage = gql.default(({ query }) =>
  query("ProductDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    comment(id: $id) {
      ...${($) => commentBoardRow.spread({ first: $.first })}
    }
    customerList(first: $first) { ...${customerCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ProductDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Product details">
      <section data-id={id}>{/* rendered from ProductDetailsPage */}</section>
    </PageLayout>
  );
}
