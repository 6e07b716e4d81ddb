import { gql } from "@/graphql-system";
import { notificationCard } from "@/entities/notification";
import { reviewDetail } from "@/entities/review";

/** One row of the reviewSettings screen. */
export const reviewSettingsRow = gql.default(({ fragment }) =>
  fragment("ReviewSettingsRow", "Review")`($first: Int) {
    ...${($) => reviewDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${notificationCard} }
  }`(),
);
