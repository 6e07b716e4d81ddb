import { gql } from "@/graphql-system";
import { leadBoardRow } from "./fragments";
import { campaignCard } from "@/entities/campaign";
import { leadCard, leadCore } from "@/entities/lead";

export const getLeadBoard = gql.default(({ query }) =>
  query("GetLeadBoard")`($id: ID!, $first: Int = 10) {
    lead(id: $id) {
      ...${($) => leadBoardRow.spread({ first: $.first })}
    }
    campaignList(first: 5) { ...${campaignCard} }
  }`(),
);

export const listLeadBoard = gql.default(({ query }) =>
  query("ListLeadBoard")`($first: Int, $after: String, $status: Status) {
    leadList(first: $first, after: $after, status: $status) {
      ...${leadCard}
    }
  }`(),
);

export const updateLeadBoard = gql.default(({ mutation }) =>
  mutation("UpdateLeadBoard")`($id: ID!, $input: LeadInput!) {
    updateLead(id: $id, input: $input) {
      ...${leadCore}
      updatedAt
    }
  }`(),
);
