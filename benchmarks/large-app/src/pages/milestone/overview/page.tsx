import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { milestoneBoardRow } from "@/features/milestone-board";
import { PageLayout } from "./layout";

export const milestoneOverviewPage = gql.default(({ query }) =>
  query("MilestoneOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    milestone(id: $id) {
      ...${($) => milestoneBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MilestoneOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Milestone overview">
      <section data-id={id}>{/* rendered from MilestoneOverviewPage */}</section>
    </PageLayout>
  );
}
