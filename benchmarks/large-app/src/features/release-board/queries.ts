import { gql } from "@/graphql-system";
import { releaseBoardRow } from "./fragments";
import { projectCard } from "@/entities/project";
import { releaseCard, releaseCore } from "@/entities/release";

export const getReleaseBoard = gql.default(({ query }) =>
  query("GetReleaseBoard")`($id: ID!, $first: Int = 10) {
    release(id: $id) {
      ...${($) => releaseBoardRow.spread({ first: $.first })}
    }
    projectList(first: 5) { ...${projectCard} }
  }`(),
);

export const listReleaseBoard = gql.default(({ query }) =>
  query("ListReleaseBoard")`($first: Int, $after: String, $status: Status) {
    releaseList(first: $first, after: $after, status: $status) {
      ...${releaseCard}
    }
  }`(),
);

export const updateReleaseBoard = gql.default(({ mutation }) =>
  mutation("UpdateReleaseBoard")`($id: ID!, $input: ReleaseInput!) {
    updateRelease(id: $id, input: $input) {
      ...${releaseCore}
      updatedAt
    }
  }`(),
);
