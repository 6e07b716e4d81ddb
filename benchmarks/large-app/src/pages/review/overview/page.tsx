import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { reviewBoardRow } from "@/features/review-board";
import { PageLayout } from "./layout";

export const reviewOverviewPage = gql.default(({ query }) =>
  query("ReviewOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    review(id: $id) {
      ...${($) => reviewBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReviewOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Review overview">
      <section data-id={id}>{/* rendered from ReviewOverviewPage */}</section>
    </PageLayout>
  );
}
