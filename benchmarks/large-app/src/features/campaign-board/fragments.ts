import { gql } from "@/graphql-system";
import { campaignDetail } from "@/entities/campaign";
import { leadCard } from "@/entities/lead";

/** One row of the campaignBoard screen. */
export const campaignBoardRow = gql.default(({ fragment }) =>
  fragment("CampaignBoardRow", "Campaign")`($first: Int) {
    ...${($) => campaignDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${leadCard} }
  }`(),
);
