import { gql } from "@/graphql-system";
import { attachmentCard } from "@/entities/attachment";
import { workspaceDetail } from "@/entities/workspace";

/** One row of the workspaceBoard screen. */
export const workspaceBoardRow = gql.default(({ fragment }) =>
  fragment("WorkspaceBoardRow", "Workspace")`($first: Int) {
    ...${($) => workspaceDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${attachmentCard} }
  }`(),
);
