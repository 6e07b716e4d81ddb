import { gql } from "@/graphql-system";
import { planDetail } from "@/entities/plan";
import { vendorCard } from "@/entities/vendor";

/** One row of the planBoard screen. */
export const planBoardRow = gql.default(({ fragment }) =>
  fragment("PlanBoardRow", "Plan")`($first: Int) {
    ...${($) => planDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${vendorCard} }
  }`(),
);
