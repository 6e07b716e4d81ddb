import { gql } from "@/graphql-system";
import { commentSettingsRow } from "./fragments";
import { commentCard, commentCore } from "@/entities/comment";
import { dashboardCard } from "@/entities/dashboard";

export const getCommentSettings = gql.default(({ query }) =>
  query("GetCommentSettings")`($id: ID!, $first: Int = 10) {
    comment(id: $id) {
      ...${($) => commentSettingsRow.spread({ first: $.first })}
    }
    dashboardList(first: 5) { ...${dashboardCard} }
  }`(),
);

export const listCommentSettings = gql.default(({ query }) =>
  query("ListCommentSettings")`($first: Int, $after: String, $status: Status) {
    commentList(first: $first, after: $after, status: $status) {
      ...${commentCard}
    }
  }`(),
);

export const updateCommentSettings = gql.default(({ mutation }) =>
  mutation("UpdateCommentSettings")`($id: ID!, $input: CommentInput!) {
    updateComment(id: $id, input: $input) {
      ...${commentCore}
      updatedAt
    }
  }`(),
);
