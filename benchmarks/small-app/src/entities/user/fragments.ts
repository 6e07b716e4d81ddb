import { gql } from "@/graphql-system";
import { projectCore } from "../project";
import { teamCore } from "../team";

/** What every view of a User shows. */
export const userCore = gql.default(({ fragment }) =>
  fragment("UserCore", "User")`{ id name status }`(),
);

/** A User in lists: the core fields, its owner and when it last changed. */
export const userCard = gql.default(({ fragment }) =>
  fragment("UserCard", "User")`{
    ...${userCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A User on its own page; `first` / `after` page through its children. */
export const userDetail = gql.default(({ fragment }) =>
  fragment("UserDetail", "User")`($first: Int, $after: String) {
    ...${userCard}
    createdAt
    tags
    related { ...${teamCore} }
    children(first: $first, after: $after) { ...${projectCore} }
  }`(),
);
