import { gql } from "@/graphql-system";
import { reviewSettingsRow } from "./fragments";
import { documentCard } from "@/entities/document";
import { reviewCard, reviewCore } from "@/entities/review";

export const getReviewSettings = gql.default(({ query }) =>
  query("GetReviewSettings")`($id: ID!, $first: Int = 10) {
    review(id: $id) {
      ...${($) => reviewSettingsRow.spread({ first: $.first })}
    }
    documentList(first: 5) { ...${documentCard} }
  }`(),
);

export const listReviewSettings = gql.default(({ query }) =>
  query("ListReviewSettings")`($first: Int, $after: String, $status: Status) {
    reviewList(first: $first, after: $after, status: $status) {
      ...${reviewCard}
    }
  }`(),
);

export const updateReviewSettings = gql.default(({ mutation }) =>
  mutation("UpdateReviewSettings")`($id: ID!, $input: ReviewInput!) {
    updateReview(id: $id, input: $input) {
      ...${reviewCore}
      updatedAt
    }
  }`(),
);
