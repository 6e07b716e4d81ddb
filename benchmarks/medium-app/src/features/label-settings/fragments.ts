import { gql } from "@/graphql-system";
import { labelDetail } from "@/entities/label";
import { milestoneCard } from "@/entities/milestone";

/** One row of the labelSettings screen. */
export const labelSettingsRow = gql.default(({ fragment }) =>
  fragment("LabelSettingsRow", "Label")`($first: Int) {
    ...${($) => labelDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${milestoneCard} }
  }`(),
);
