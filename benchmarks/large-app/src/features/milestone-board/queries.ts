import { gql } from "@/graphql-system";
import { milestoneBoardRow } from "./fragments";
import { labelCard } from "@/entities/label";
import { milestoneCard, milestoneCore } from "@/entities/milestone";

export const getMilestoneBoard = gql.default(({ query }) =>
  query("GetMilestoneBoard")`($id: ID!, $first: Int = 10) {
    milestone(id: $id) {
      ...${($) => milestoneBoardRow.spread({ first: $.first })}
    }
    labelList(first: 5) { ...${labelCard} }
  }`(),
);

export const listMilestoneBoard = gql.default(({ query }) =>
  query("ListMilestoneBoard")`($first: Int, $after: String, $status: Status) {
    milestoneList(first: $first, after: $after, status: $status) {
      ...${milestoneCard}
    }
  }`(),
);

export const updateMilestoneBoard = gql.default(({ mutation }) =>
  mutation("UpdateMilestoneBoard")`($id: ID!, $input: MilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      ...${milestoneCore}
      updatedAt
    }
  }`(),
);
