import { gql } from "@/graphql-system";
import { reviewBoardRow } from "./fragments";
import { documentCard } from "@/entities/document";
import { reviewCard, reviewCore } from "@/entities/review";

export const getReviewBoard = gql.default(({ query }) =>
  query("GetReviewBoard")`($id: ID!, $first: Int = 10) {
    review(id: $id) {
      ...${($) => reviewBoardRow.spread({ first: $.first })}
    }
    documentList(first: 5) { ...${documentCard} }
  }`(),
);

export const listReviewBoard = gql.default(({ query }) =>
  query("ListReviewBoard")`($first: Int, $after: String, $status: Status) {
    reviewList(first: $first, after: $after, status: $status) {
      ...${reviewCard}
    }
  }`(),
);

export const updateReviewBoard = gql.default(({ mutation }) =>
  mutation("UpdateReviewBoard")`($id: ID!, $input: ReviewInput!) {
    updateReview(id: $id, input: $input) {
      ...${reviewCore}
      updatedAt
    }
  }`(),
);
