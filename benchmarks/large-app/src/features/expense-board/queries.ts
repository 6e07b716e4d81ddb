import { gql } from "@/graphql-system";
import { expenseBoardRow } from "./fragments";
import { expenseCard, expenseCore } from "@/entities/expense";
import { milestoneCard } from "@/entities/milestone";

export const getExpenseBoard = gql.default(({ query }) =>
  query("GetExpenseBoard")`($id: ID!, $first: Int = 10) {
    expense(id: $id) {
      ...${($) => expenseBoardRow.spread({ first: $.first })}
    }
    milestoneList(first: 5) { ...${milestoneCard} }
  }`(),
);

export const listExpenseBoard = gql.default(({ query }) =>
  query("ListExpenseBoard")`($first: Int, $after: String, $status: Status) {
    expenseList(first: $first, after: $after, status: $status) {
      ...${expenseCard}
    }
  }`(),
);

export const updateExpenseBoard = gql.default(({ mutation }) =>
  mutation("UpdateExpenseBoard")`($id: ID!, $input: ExpenseInput!) {
    updateExpense(id: $id, input: $input) {
      ...${expenseCore}
      updatedAt
    }
  }`(),
);
