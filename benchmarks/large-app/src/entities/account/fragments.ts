import { gql } from "@/graphql-system";
import { budgetCore } from "../budget";
import { expenseCore } from "../expense";
import { userCore } from "../user";

/** What every view of a Account shows. */
export const accountCore = gql.default(({ fragment }) =>
  fragment("AccountCore", "Account")`{ id name status }`(),
);

/** A Account in lists: the core fields, its owner and when it last changed. */
export const accountCard = gql.default(({ fragment }) =>
  fragment("AccountCard", "Account")`{
    ...${accountCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Account on its own page; `first` / `after` page through its children. */
export const accountDetail = gql.default(({ fragment }) =>
  fragment("AccountDetail", "Account")`($first: Int, $after: String) {
    ...${accountCard}
    createdAt
    tags
    related { ...${budgetCore} }
    children(first: $first, after: $after) { ...${expenseCore} }
  }`(),
);
