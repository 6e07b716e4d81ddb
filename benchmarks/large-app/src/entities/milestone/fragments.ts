import { gql } from "@/graphql-system";
import { documentCore } from "../document";
import { invoiceCore } from "../invoice";
import { userCore } from "../user";

/** What every view of a Milestone shows. */
export const milestoneCore = gql.default(({ fragment }) =>
  fragment("MilestoneCore", "Milestone")`{ id name status }`(),
);

/** A Milestone in lists: the core fields, its owner and when it last changed. */
export const milestoneCard = gql.default(({ fragment }) =>
  fragment("MilestoneCard", "Milestone")`{
    ...${milestoneCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Milestone on its own page; `first` / `after` page through its children. */
export const milestoneDetail = gql.default(({ fragment }) =>
  fragment("MilestoneDetail", "Milestone")`($first: Int, $after: String) {
    ...${milestoneCard}
    createdAt
    tags
    related { ...${documentCore} }
    children(first: $first, after: $after) { ...${invoiceCore} }
  }`(),
);
