import { gql } from "@/graphql-system";
import { notificationCard } from "@/entities/notification";
import { reviewDetail } from "@/entities/review";

/** One row of the reviewBoard screen. */
export const reviewBoardRow = gql.default(({ fragment }) =>
  fragment("ReviewBoardRow", "Review")`($first: Int) {
    ...${($) => reviewDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${notificationCard} }
  }`(),
);
