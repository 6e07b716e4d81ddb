import { gql } from "@/graphql-system";
import { accountCore } from "../account";
import { budgetCore } from "../budget";
import { userCore } from "../user";

/** What every view of a Lead shows. */
export const leadCore = gql.default(({ fragment }) =>
  fragment("LeadCore", "Lead")`{ id name status }`(),
);

/** A Lead in lists: the core fields, its owner and when it last changed. */
export const leadCard = gql.default(({ fragment }) =>
  fragment("LeadCard", "Lead")`{
    ...${leadCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Lead on its own page; `first` / `after` page through its children. */
export const leadDetail = gql.default(({ fragment }) =>
  fragment("LeadDetail", "Lead")`($first: Int, $after: String) {
    ...${leadCard}
    createdAt
    tags
    related { ...${accountCore} }
    children(first: $first, after: $after) { ...${budgetCore} }
  }`(),
);
