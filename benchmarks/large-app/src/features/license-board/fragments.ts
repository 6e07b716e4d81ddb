import { gql } from "@/graphql-system";
import { licenseDetail } from "@/entities/license";
import { planCard } from "@/entities/plan";

/** One row of the licenseBoard screen. */
export const licenseBoardRow = gql.default(({ fragment }) =>
  fragment("LicenseBoardRow", "License")`($first: Int) {
    ...${($) => licenseDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${planCard} }
  }`(),
);
