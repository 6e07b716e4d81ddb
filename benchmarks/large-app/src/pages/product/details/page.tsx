import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { productSettingsRow } from "@/features/product-settings";
import { PageLayout } from "./layout";

export const productDetailsPage = gql.default(({ query }) =>
  query("ProductDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    product(id: $id) {
      ...${($) => productSettingsRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
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
