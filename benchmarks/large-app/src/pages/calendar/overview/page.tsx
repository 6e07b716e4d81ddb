import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { calendarBoardRow } from "@/features/calendar-board";
import { PageLayout } from "./layout";

export const calendarOverviewPage = gql.default(({ query }) =>
  query("CalendarOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    calendar(id: $id) {
      ...${($) => calendarBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CalendarOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Calendar overview">
      <section data-id={id}>{/* rendered from CalendarOverviewPage */}</section>
    </PageLayout>
  );
}
