import { gql } from "@/graphql-system";
import { commentDetail } from "@/entities/comment";
import { labelCard } from "@/entities/label";

/** One row of the commentBoard screen. */
export const commentBoardRow = gql.default(({ fragment }) =>
  fragment("CommentBoardRow", "Comment")`($first: Int) {
    ...${($) => commentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${labelCard} }
  }`(),
);
