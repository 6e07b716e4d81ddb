import { gql } from "@/graphql-system";
import { productCard } from "@/entities/product";
import { userCard } from "@/entities/user";
import { projectBoardRow } from "@/features/project-board";
import { PageLayout } from "./layout";

export const customerDetailsPage = gql.default(({ query }) =>
  query("CustomerDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    project(id: $id) {
      ...${($) => projectBoardRow.spread({ first: $.first })}
    }
    productList(first: $first) { ...${productCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CustomerDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Customer details">
      <section data-id={id}>{/* rendered from CustomerDetailsPage */}</section>
    </PageLayout>
  );
}
