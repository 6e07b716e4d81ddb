import { gql } from "@/graphql-system";
import { attachmentCore } from "../attachment";
import { sprintCore } from "../sprint";
import { userCore } from "../user";

/** What every view of a Workspace shows. */
export const workspaceCore = gql.default(({ fragment }) =>
  fragment("WorkspaceCore", "Workspace")`{ id name status }`(),
);

/** A Workspace in lists: the core fields, its owner and when it last changed. */
export const workspaceCard = gql.default(({ fragment }) =>
  fragment("WorkspaceCard", "Workspace")`{
    ...${workspaceCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Workspace on its own page; `first` / `after` page through its children. */
export const workspaceDetail = gql.default(({ fragment }) =>
  fragment("WorkspaceDetail", "Workspace")`($first: Int, $after: String) {
    ...${workspaceCard}
    createdAt
    tags
    related { ...${attachmentCore} }
    children(first: $first, after: $after) { ...${sprintCore} }
  }`(),
);
