import { gql } from "@/graphql-system";
import { expenseCore } from "../expense";
import { reportCore } from "../report";
import { userCore } from "../user";

/** What every view of a Budget shows. */
export const budgetCore = gql.default(({ fragment }) =>
  fragment("BudgetCore", "Budget")`{ id name status }`(),
);

/** A Budget in lists: the core fields, its owner and when it last changed. */
export const budgetCard = gql.default(({ fragment }) =>
  fragment("BudgetCard", "Budget")`{
    ...${budgetCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Budget on its own page; `first` / `after` page through its children. */
export const budgetDetail = gql.default(({ fragment }) =>
  fragment("BudgetDetail", "Budget")`($first: Int, $after: String) {
    ...${budgetCard}
    createdAt
    tags
    related { ...${expenseCore} }
    children(first: $first, after: $after) { ...${reportCore} }
  }`(),
);
