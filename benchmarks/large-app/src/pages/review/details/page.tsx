import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { reviewSettingsRow } from "@/features/review-settings";
import { PageLayout } from "./layout";

export const reviewDetailsPage = gql.default(({ query }) =>
  query("ReviewDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    review(id: $id) {
      ...${($) => reviewSettingsRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReviewDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Review details">
      <section data-id={id}>{/* rendered from ReviewDetailsPage */}</section>
    </PageLayout>
  );
}
