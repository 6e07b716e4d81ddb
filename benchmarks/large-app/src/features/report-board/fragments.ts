import { gql } from "@/graphql-system";
import { dashboardCard } from "@/entities/dashboard";
import { reportDetail } from "@/entities/report";

/** One row of the reportBoard screen. */
export const reportBoardRow = gql.default(({ fragment }) =>
  fragment("ReportBoardRow", "Report")`($first: Int) {
    ...${($) => reportDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${dashboardCard} }
  }`(),
);
