import { gql } from "@/graphql-system";
import { budgetBoardRow } from "./fragments";
import { budgetCard, budgetCore } from "@/entities/budget";
import { vendorCard } from "@/entities/vendor";

export const getBudgetBoard = gql.default(({ query }) =>
  query("GetBudgetBoard")`($id: ID!, $first: Int = 10) {
    budget(id: $id) {
      ...${($) => budgetBoardRow.spread({ first: $.first })}
    }
    vendorList(first: 5) { ...${vendorCard} }
  }`(),
);

export const listBudgetBoard = gql.default(({ query }) =>
  query("ListBudgetBoard")`($first: Int, $after: String, $status: Status) {
    budgetList(first: $first, after: $after, status: $status) {
      ...${budgetCard}
    }
  }`(),
);

export const updateBudgetBoard = gql.default(({ mutation }) =>
  mutation("UpdateBudgetBoard")`($id: ID!, $input: BudgetInput!) {
    updateBudget(id: $id, input: $input) {
      ...${budgetCore}
      updatedAt
    }
  }`(),
);
