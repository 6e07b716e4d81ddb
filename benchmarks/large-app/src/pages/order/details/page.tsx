import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { orderSettingsRow } from "@/features/order-settings";
import { PageLayout } from "./layout";

export const orderDetailsPage = gql.default(({ query }) =>
  query("OrderDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    order(id: $id) {
      ...${($) => orderSettingsRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
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
