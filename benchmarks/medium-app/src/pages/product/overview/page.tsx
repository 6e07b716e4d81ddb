import { gql } from "@/graphql-system";
import { customerCard } from "@/entities/customer";
import { userCard } from "@/entities/user";
import { productBoardRow } from "@/features/product-board";
import { PageLayout } from "./layout";

export const productOverviewPage = gql.default(({ query }) =>
  query("ProductOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    product(id: $id) {
      ...${($) => productBoardRow.spread({ first: $.first })}
    }
    customerList(first: $first) { ...${customerCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ProductOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Product overview">
      <section data-id={id}>{/* rendered from ProductOverviewPage */}</section>
    </PageLayout>
  );
}
