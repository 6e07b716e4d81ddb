import { gql } from "@/graphql-system";
import { attachmentCard } from "@/entities/attachment";
import { workspaceDetail } from "@/entities/workspace";

/** One row of the workspaceSettings screen. */
export const workspaceSettingsRow = gql.default(({ fragment }) =>
  fragment("WorkspaceSettingsRow", "Workspace")`($first: Int) {
    ...${($) => workspaceDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${attachmentCard} }
  }`(),
);
