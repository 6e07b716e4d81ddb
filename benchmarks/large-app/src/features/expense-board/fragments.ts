import { gql } from "@/graphql-system";
import { expenseDetail } from "@/entities/expense";
import { reportCard } from "@/entities/report";

/** One row of the expenseBoard screen. */
export const expenseBoardRow = gql.default(({ fragment }) =>
  fragment("ExpenseBoardRow", "Expense")`($first: Int) {
    ...${($) => expenseDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${reportCard} }
  }`(),
);
