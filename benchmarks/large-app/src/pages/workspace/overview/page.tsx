import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { workspaceBoardRow } from "@/features/workspace-board";
import { PageLayout } from "./layout";

export const workspaceOverviewPage = gql.default(({ query }) =>
  query("WorkspaceOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    workspace(id: $id) {
      ...${($) => workspaceBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function WorkspaceOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Workspace overview">
      <section data-id={id}>{/* rendered from WorkspaceOverviewPage */}</section>
    </PageLayout>
  );
}
