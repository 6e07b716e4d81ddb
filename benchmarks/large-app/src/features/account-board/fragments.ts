import { gql } from "@/graphql-system";
import { accountDetail } from "@/entities/account";
import { budgetCard } from "@/entities/budget";

/** One row of the accountBoard screen. */
export const accountBoardRow = gql.default(({ fragment }) =>
  fragment("AccountBoardRow", "Account")`($first: Int) {
    ...${($) => accountDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${budgetCard} }
  }`(),
);
