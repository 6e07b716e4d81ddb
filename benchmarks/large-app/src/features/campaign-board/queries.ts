import { gql } from "@/graphql-system";
import { campaignBoardRow } from "./fragments";
import { campaignCard, campaignCore } from "@/entities/campaign";
import { incidentCard } from "@/entities/incident";

export const getCampaignBoard = gql.default(({ query }) =>
  query("GetCampaignBoard")`($id: ID!, $first: Int = 10) {
    campaign(id: $id) {
      ...${($) => campaignBoardRow.spread({ first: $.first })}
    }
    incidentList(first: 5) { ...${incidentCard} }
  }`(),
);

export const listCampaignBoard = gql.default(({ query }) =>
  query("ListCampaignBoard")`($first: Int, $after: String, $status: Status) {
    campaignList(first: $first, after: $after, status: $status) {
      ...${campaignCard}
    }
  }`(),
);

export const updateCampaignBoard = gql.default(({ mutation }) =>
  mutation("UpdateCampaignBoard")`($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...${campaignCore}
      updatedAt
    }
  }`(),
);
