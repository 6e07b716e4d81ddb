import { gql } from "@/graphql-system";
import { labelDetail } from "@/entities/label";
import { milestoneCard } from "@/entities/milestone";

/** One row of the labelBoard screen. */
export const labelBoardRow = gql.default(({ fragment }) =>
  fragment("LabelBoardRow", "Label")`($first: Int) {
    ...${($) => labelDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${milestoneCard} }
  }`(),
);
