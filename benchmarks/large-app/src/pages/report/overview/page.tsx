import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { reportBoardRow } from "@/features/report-board";
import { PageLayout } from "./layout";

export const reportOverviewPage = gql.default(({ query }) =>
  query("ReportOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    report(id: $id) {
      ...${($) => reportBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReportOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Report overview">
      <section data-id={id}>{/* rendered from ReportOverviewPage */}</section>
    </PageLayout>
  );
}
