import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { reviewBoardRow } from "@/features/review-board";
import { PageLayout } from "./layout";

export const calendarDetailsPage = gql.default(({ query }) =>
  query("CalendarDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    review(id: $id) {
      ...${($) => reviewBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CalendarDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Calendar details">
      <section data-id={id}>{/* rendered from CalendarDetailsPage */}</section>
    </PageLayout>
  );
}
