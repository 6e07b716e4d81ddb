import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { milestoneDetail } from "@/entities/milestone";

/** One row of the milestoneBoard screen. */
export const milestoneBoardRow = gql.default(({ fragment }) =>
  fragment("MilestoneBoardRow", "Milestone")`($first: Int) {
    ...${($) => milestoneDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${documentCard} }
  }`(),
);
