import { gql } from "@/graphql-system";
import { documentCore } from "../document";
import { milestoneCore } from "../milestone";
import { userCore } from "../user";

/** What every view of a Label shows. */
export const labelCore = gql.default(({ fragment }) =>
  fragment("LabelCore", "Label")`{ id name status }`(),
);

/** A Label in lists: the core fields, its owner and when it last changed. */
export const labelCard = gql.default(({ fragment }) =>
  fragment("LabelCard", "Label")`{
    ...${labelCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Label on its own page; `first` / `after` page through its children. */
export const labelDetail = gql.default(({ fragment }) =>
  fragment("LabelDetail", "Label")`($first: Int, $after: String) {
    ...${labelCard}
    createdAt
    tags
    related { ...${milestoneCore} }
    children(first: $first, after: $after) { ...${documentCore} }
  }`(),
);
