import { gql } from "@/graphql-system";

export const postsFragment = gql.default(({ fragment }) =>
  fragment("Posts", "User")`($categoryId: ID, $first: Int) { posts(categoryId: $categoryId, first: $first) { id } }`(),
);
export const tasksFragment = gql.default(({ fragment }) =>
  fragment("Tasks", "User")`($status: TaskStatus, $tags: [String!]) {
    tasks(filter: { status: $status, tags: $tags, assigneeId: "me" }) { id }
  }`(),
);
export const outer = gql.default(({ fragment }) =>
  fragment("Outer", "User")`($categoryId: ID) { id ...${postsFragment} }`(),
);