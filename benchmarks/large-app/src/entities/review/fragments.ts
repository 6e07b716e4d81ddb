import { gql } from "@/graphql-system";
import { notificationCore } from "../notification";
import { userCore } from "../user";
import { workspaceCore } from "../workspace";

/** What every view of a Review shows. */
export const reviewCore = gql.default(({ fragment }) =>
  fragment("ReviewCore", "Review")`{ id name status }`(),
);

/** A Review in lists: the core fields, its owner and when it last changed. */
export const reviewCard = gql.default(({ fragment }) =>
  fragment("ReviewCard", "Review")`{
    ...${reviewCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Review on its own page; `first` / `after` page through its children. */
export const reviewDetail = gql.default(({ fragment }) =>
  fragment("ReviewDetail", "Review")`($first: Int, $after: String) {
    ...${reviewCard}
    createdAt
    tags
    related { ...${notificationCore} }
    children(first: $first, after: $after) { ...${workspaceCore} }
  }`(),
);
