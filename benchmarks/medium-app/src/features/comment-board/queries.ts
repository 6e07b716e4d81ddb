import { gql } from "@/graphql-system";
import { commentBoardRow } from "./fragments";
import { commentCard, commentCore } from "@/entities/comment";
import { documentCard } from "@/entities/document";

export const getCommentBoard = gql.default(({ query }) =>
  query("GetCommentBoard")`($id: ID!, $first: Int = 10) {
    comment(id: $id) {
      ...${($) => commentBoardRow.spread({ first: $.first })}
    }
    documentList(first: 5) { ...${documentCard} }
  }`(),
);

export const listCommentBoard = gql.default(({ query }) =>
  query("ListCommentBoard")`($first: Int, $after: String, $status: Status) {
    commentList(first: $first, after: $after, status: $status) {
      ...${commentCard}
    }
  }`(),
);

export const updateCommentBoard = gql.default(({ mutation }) =>
  mutation("UpdateCommentBoard")`($id: ID!, $input: CommentInput!) {
    updateComment(id: $id, input: $input) {
      ...${commentCore}
      updatedAt
    }
  }`(),
);
