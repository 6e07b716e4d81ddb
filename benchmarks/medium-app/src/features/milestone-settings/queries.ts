import { gql } from "@/graphql-system";
import { milestoneSettingsRow } from "./fragments";
import { customerCard } from "@/entities/customer";
import { milestoneCard, milestoneCore } from "@/entities/milestone";

export const getMilestoneSettings = gql.default(({ query }) =>
  query("GetMilestoneSettings")`($id: ID!, $first: Int = 10) {
    milestone(id: $id) {
      ...${($) => milestoneSettingsRow.spread({ first: $.first })}
    }
    customerList(first: 5) { ...${customerCard} }
  }`(),
);

export const listMilestoneSettings = gql.default(({ query }) =>
  query("ListMilestoneSettings")`($first: Int, $after: String, $status: Status) {
    milestoneList(first: $first, after: $after, status: $status) {
      ...${milestoneCard}
    }
  }`(),
);

export const updateMilestoneSettings = gql.default(({ mutation }) =>
  mutation("UpdateMilestoneSettings")`($id: ID!, $input: MilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      ...${milestoneCore}
      updatedAt
    }
  }`(),
);
