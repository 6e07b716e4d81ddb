import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { milestoneDetail } from "@/entities/milestone";

/** One row of the milestoneSettings screen. */
export const milestoneSettingsRow = gql.default(({ fragment }) =>
  fragment("MilestoneSettingsRow", "Milestone")`($first: Int) {
    ...${($) => milestoneDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${documentCard} }
  }`(),
);
