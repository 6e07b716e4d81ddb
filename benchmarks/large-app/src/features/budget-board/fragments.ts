import { gql } from "@/graphql-system";
import { budgetDetail } from "@/entities/budget";
import { expenseCard } from "@/entities/expense";

/** One row of the budgetBoard screen. */
export const budgetBoardRow = gql.default(({ fragment }) =>
  fragment("BudgetBoardRow", "Budget")`($first: Int) {
    ...${($) => budgetDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${expenseCard} }
  }`(),
);
