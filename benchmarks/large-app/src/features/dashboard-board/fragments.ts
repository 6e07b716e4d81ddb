import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { dashboardDetail } from "@/entities/dashboard";

/** One row of the dashboardBoard screen. */
export const dashboardBoardRow = gql.default(({ fragment }) =>
  fragment("DashboardBoardRow", "Dashboard")`($first: Int) {
    ...${($) => dashboardDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${channelCard} }
  }`(),
);
