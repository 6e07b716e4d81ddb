import { gql } from "@/graphql-system";
import { userCore } from "../user";
import { vendorCore } from "../vendor";

/** What every view of a Plan shows. */
export const planCore = gql.default(({ fragment }) =>
  fragment("PlanCore", "Plan")`{ id name status }`(),
);

/** A Plan in lists: the core fields, its owner and when it last changed. */
export const planCard = gql.default(({ fragment }) =>
  fragment("PlanCard", "Plan")`{
    ...${planCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Plan on its own page; `first` / `after` page through its children. */
export const planDetail = gql.default(({ fragment }) =>
  fragment("PlanDetail", "Plan")`($first: Int, $after: String) {
    ...${planCard}
    createdAt
    tags
    related { ...${vendorCore} }
    children(first: $first, after: $after) { ...${userCore} }
  }`(),
);
