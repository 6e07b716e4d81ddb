import { gql } from "@/graphql-system";
import { commentCore } from "../comment";
import { taskCore } from "../task";
import { userCore } from "../user";

/** What every view of a Project shows. */
export const projectCore = gql.default(({ fragment }) =>
  fragment("ProjectCore", "Project")`{ id name status }`(),
);

/** A Project in lists: the core fields, its owner and when it last changed. */
export const projectCard = gql.default(({ fragment }) =>
  fragment("ProjectCard", "Project")`{
    ...${projectCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Project on its own page; `first` / `after` page through its children. */
export const projectDetail = gql.default(({ fragment }) =>
  fragment("ProjectDetail", "Project")`($first: Int, $after: String) {
    ...${projectCard}
    createdAt
    tags
    related { ...${taskCore} }
    children(first: $first, after: $after) { ...${commentCore} }
  }`(),
);
