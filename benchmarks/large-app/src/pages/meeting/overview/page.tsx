import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { meetingBoardRow } from "@/features/meeting-board";
import { PageLayout } from "./layout";

export const meetingOverviewPage = gql.default(({ query }) =>
  query("MeetingOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    meeting(id: $id) {
      ...${($) => meetingBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MeetingOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Meeting overview">
      <section data-id={id}>{/* rendered from MeetingOverviewPage */}</section>
    </PageLayout>
  );
}
