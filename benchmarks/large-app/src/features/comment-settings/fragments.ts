import { gql } from "@/graphql-system";
import { commentDetail } from "@/entities/comment";
import { labelCard } from "@/entities/label";

/** One row of the commentSettings screen. */
export const commentSettingsRow = gql.default(({ fragment }) =>
  fragment("CommentSettingsRow", "Comment")`($first: Int) {
    ...${($) => commentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${labelCard} }
  }`(),
);
