import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { channelBoardRow } from "@/features/channel-board";
import { PageLayout } from "./layout";

export const channelOverviewPage = gql.default(({ query }) =>
  query("ChannelOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    channel(id: $id) {
      ...${($) => channelBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ChannelOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Channel overview">
      <section data-id={id}>{/* rendered from ChannelOverviewPage */}</section>
    </PageLayout>
  );
}
