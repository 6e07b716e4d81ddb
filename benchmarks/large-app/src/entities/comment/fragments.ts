import { gql } from "@/graphql-system";
import { labelCore } from "../label";
import { milestoneCore } from "../milestone";
import { userCore } from "../user";

/** What every view of a Comment shows. */
export const commentCore = gql.default(({ fragment }) =>
  fragment("CommentCore", "Comment")`{ id name status }`(),
);

/** A Comment in lists: the core fields, its owner and when it last changed. */
export const commentCard = gql.default(({ fragment }) =>
  fragment("CommentCard", "Comment")`{
    ...${commentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Comment on its own page; `first` / `after` page through its children. */
export const commentDetail = gql.default(({ fragment }) =>
  fragment("CommentDetail", "Comment")`($first: Int, $after: String) {
    ...${commentCard}
    createdAt
    tags
    related { ...${labelCore} }
    children(first: $first, after: $after) { ...${milestoneCore} }
  }`(),
);
