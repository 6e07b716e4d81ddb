import { gql } from "@/graphql-system";
import { incidentCore } from "../incident";
import { releaseCore } from "../release";
import { userCore } from "../user";

/** What every view of a Sprint shows. */
export const sprintCore = gql.default(({ fragment }) =>
  fragment("SprintCore", "Sprint")`{ id name status }`(),
);

/** A Sprint in lists: the core fields, its owner and when it last changed. */
export const sprintCard = gql.default(({ fragment }) =>
  fragment("SprintCard", "Sprint")`{
    ...${sprintCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Sprint on its own page; `first` / `after` page through its children. */
export const sprintDetail = gql.default(({ fragment }) =>
  fragment("SprintDetail", "Sprint")`($first: Int, $after: String) {
    ...${sprintCard}
    createdAt
    tags
    related { ...${releaseCore} }
    children(first: $first, after: $after) { ...${incidentCore} }
  }`(),
);
