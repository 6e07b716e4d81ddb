import { gql } from "@/graphql-system";
import { planBoardRow } from "./fragments";
import { expenseCard } from "@/entities/expense";
import { planCard, planCore } from "@/entities/plan";

export const getPlanBoard = gql.default(({ query }) =>
  query("GetPlanBoard")`($id: ID!, $first: Int = 10) {
    plan(id: $id) {
      ...${($) => planBoardRow.spread({ first: $.first })}
    }
    expenseList(first: 5) { ...${expenseCard} }
  }`(),
);

export const listPlanBoard = gql.default(({ query }) =>
  query("ListPlanBoard")`($first: Int, $after: String, $status: Status) {
    planList(first: $first, after: $after, status: $status) {
      ...${planCard}
    }
  }`(),
);

export const updatePlanBoard = gql.default(({ mutation }) =>
  mutation("UpdatePlanBoard")`($id: ID!, $input: PlanInput!) {
    updatePlan(id: $id, input: $input) {
      ...${planCore}
      updatedAt
    }
  }`(),
);
