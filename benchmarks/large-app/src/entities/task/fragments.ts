import { gql } from "@/graphql-system";
import { commentCore } from "../comment";
import { labelCore } from "../label";
import { userCore } from "../user";

/** What every view of a Task shows. */
export const taskCore = gql.default(({ fragment }) =>
  fragment("TaskCore", "Task")`{ id name status }`(),
);

/** A Task in lists: the core fields, its owner and when it last changed. */
export const taskCard = gql.default(({ fragment }) =>
  fragment("TaskCard", "Task")`{
    ...${taskCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Task on its own page; `first` / `after` page through its children. */
export const taskDetail = gql.default(({ fragment }) =>
  fragment("TaskDetail", "Task")`($first: Int, $after: String) {
    ...${taskCard}
    createdAt
    tags
    related { ...${commentCore} }
    children(first: $first, after: $after) { ...${labelCore} }
  }`(),
);
