import { gql } from "@/graphql-system";
import { projectCore } from "../project";
import { taskCore } from "../task";
import { userCore } from "../user";

/** What every view of a Team shows. */
export const teamCore = gql.default(({ fragment }) =>
  fragment("TeamCore", "Team")`{ id name status }`(),
);

/** A Team in lists: the core fields, its owner and when it last changed. */
export const teamCard = gql.default(({ fragment }) =>
  fragment("TeamCard", "Team")`{
    ...${teamCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Team on its own page; `first` / `after` page through its children. */
export const teamDetail = gql.default(({ fragment }) =>
  fragment("TeamDetail", "Team")`($first: Int, $after: String) {
    ...${teamCard}
    createdAt
    tags
    related { ...${projectCore} }
    children(first: $first, after: $after) { ...${taskCore} }
  }`(),
);
