import { gql } from "@/graphql-system";
import { projectSettingsRow } from "./fragments";
import { projectCard, projectCore } from "@/entities/project";
import { releaseCard } from "@/entities/release";

export const getProjectSettings = gql.default(({ query }) =>
  query("GetProjectSettings")`($id: ID!, $first: Int = 10) {
    project(id: $id) {
      ...${($) => projectSettingsRow.spread({ first: $.first })}
    }
    releaseList(first: 5) { ...${releaseCard} }
  }`(),
);

export const listProjectSettings = gql.default(({ query }) =>
  query("ListProjectSettings")`($first: Int, $after: String, $status: Status) {
    projectList(first: $first, after: $after, status: $status) {
      ...${projectCard}
    }
  }`(),
);

export const updateProjectSettings = gql.default(({ mutation }) =>
  mutation("UpdateProjectSettings")`($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...${projectCore}
      updatedAt
    }
  }`(),
);
