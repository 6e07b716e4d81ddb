import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { productBoardRow } from "@/features/product-board";
import { PageLayout } from "./layout";

export const meetingDetailsPage = gql.default(({ query }) =>
  query("MeetingDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    product(id: $id) {
      ...${($) => productBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MeetingDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Meeting details">
      <section data-id={id}>{/* rendered from MeetingDetailsPage */}</section>
    </PageLayout>
  );
}
