import { gql } from "@/graphql-system";
import { workspaceSettingsRow } from "./fragments";
import { paymentCard } from "@/entities/payment";
import { workspaceCard, workspaceCore } from "@/entities/workspace";

export const getWorkspaceSettings = gql.default(({ query }) =>
  query("GetWorkspaceSettings")`($id: ID!, $first: Int = 10) {
    workspace(id: $id) {
      ...${($) => workspaceSettingsRow.spread({ first: $.first })}
    }
    paymentList(first: 5) { ...${paymentCard} }
  }`(),
);

export const listWorkspaceSettings = gql.default(({ query }) =>
  query("ListWorkspaceSettings")`($first: Int, $after: String, $status: Status) {
    workspaceList(first: $first, after: $after, status: $status) {
      ...${workspaceCard}
    }
  }`(),
);

export const updateWorkspaceSettings = gql.default(({ mutation }) =>
  mutation("UpdateWorkspaceSettings")`($id: ID!, $input: WorkspaceInput!) {
    updateWorkspace(id: $id, input: $input) {
      ...${workspaceCore}
      updatedAt
    }
  }`(),
);
