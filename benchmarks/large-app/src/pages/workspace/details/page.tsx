import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { workspaceSettingsRow } from "@/features/workspace-settings";
import { PageLayout } from "./layout";

export const workspaceDetailsPage = gql.default(({ query }) =>
  query("WorkspaceDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    workspace(id: $id) {
      ...${($) => workspaceSettingsRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function WorkspaceDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Workspace details">
      <section data-id={id}>{/* rendered from WorkspaceDetailsPage */}</section>
    </PageLayout>
  );
}
