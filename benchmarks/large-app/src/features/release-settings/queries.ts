import { gql } from "@/graphql-system";
import { releaseSettingsRow } from "./fragments";
import { projectCard } from "@/entities/project";
import { releaseCard, releaseCore } from "@/entities/release";

export const getReleaseSettings = gql.default(({ query }) =>
  query("GetReleaseSettings")`($id: ID!, $first: Int = 10) {
    release(id: $id) {
      ...${($) => releaseSettingsRow.spread({ first: $.first })}
    }
    projectList(first: 5) { ...${projectCard} }
  }`(),
);

export const listReleaseSettings = gql.default(({ query }) =>
  query("ListReleaseSettings")`($first: Int, $after: String, $status: Status) {
    releaseList(first: $first, after: $after, status: $status) {
      ...${releaseCard}
    }
  }`(),
);

export const updateReleaseSettings = gql.default(({ mutation }) =>
  mutation("UpdateReleaseSettings")`($id: ID!, $input: ReleaseInput!) {
    updateRelease(id: $id, input: $input) {
      ...${releaseCore}
      updatedAt
    }
  }`(),
);
