import { gql } from "@/graphql-system";
import { workspaceBoardRow } from "./fragments";
import { paymentCard } from "@/entities/payment";
import { workspaceCard, workspaceCore } from "@/entities/workspace";

export const getWorkspaceBoard = gql.default(({ query }) =>
  query("GetWorkspaceBoard")`($id: ID!, $first: Int = 10) {
    workspace(id: $id) {
      ...${($) => workspaceBoardRow.spread({ first: $.first })}
    }
    paymentList(first: 5) { ...${paymentCard} }
  }`(),
);

export const listWorkspaceBoard = gql.default(({ query }) =>
  query("ListWorkspaceBoard")`($first: Int, $after: String, $status: Status) {
    workspaceList(first: $first, after: $after, status: $status) {
      ...${workspaceCard}
    }
  }`(),
);

export const updateWorkspaceBoard = gql.default(({ mutation }) =>
  mutation("UpdateWorkspaceBoard")`($id: ID!, $input: WorkspaceInput!) {
    updateWorkspace(id: $id, input: $input) {
      ...${workspaceCore}
      updatedAt
    }
  }`(),
);
