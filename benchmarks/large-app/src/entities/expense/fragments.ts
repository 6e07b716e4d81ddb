import { gql } from "@/graphql-system";
import { dashboardCore } from "../dashboard";
import { reportCore } from "../report";
import { userCore } from "../user";

/** What every view of a Expense shows. */
export const expenseCore = gql.default(({ fragment }) =>
  fragment("ExpenseCore", "Expense")`{ id name status }`(),
);

/** A Expense in lists: the core fields, its owner and when it last changed. */
export const expenseCard = gql.default(({ fragment }) =>
  fragment("ExpenseCard", "Expense")`{
    ...${expenseCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Expense on its own page; `first` / `after` page through its children. */
export const expenseDetail = gql.default(({ fragment }) =>
  fragment("ExpenseDetail", "Expense")`($first: Int, $after: String) {
    ...${expenseCard}
    createdAt
    tags
    related { ...${reportCore} }
    children(first: $first, after: $after) { ...${dashboardCore} }
  }`(),
);
