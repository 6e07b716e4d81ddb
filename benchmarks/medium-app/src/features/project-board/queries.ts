import { gql } from "@/graphql-system";
import { projectBoardRow } from "./fragments";
import { labelCard } from "@/entities/label";
import { projectCard, projectCore } from "@/entities/project";

export const getProjectBoard = gql.default(({ query }) =>
  query("GetProjectBoard")`($id: ID!, $first: Int = 10) {
    project(id: $id) {
      ...${($) => projectBoardRow.spread({ first: $.first })}
    }
    labelList(first: 5) { ...${labelCard} }
  }`(),
);

export const listProjectBoard = gql.default(({ query }) =>
  query("ListProjectBoard")`($first: Int, $after: String, $status: Status) {
    projectList(first: $first, after: $after, status: $status) {
      ...${projectCard}
    }
  }`(),
);

export const updateProjectBoard = gql.default(({ mutation }) =>
  mutation("UpdateProjectBoard")`($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...${projectCore}
      updatedAt
    }
  }`(),
);
