import { gql } from "@/graphql-system";

export const userFragment = gql.default(({ fragment }) => fragment("UserFragment", "User")`{ id name }`());

export const getUser = gql.default(({ query }) =>
  query("GetUser")({
    variables: `($id: ID!, $first: Int = 10)`,
    fields: ({ f, $ }) => ({
      ...f("user", { id: $.id })(({ f }) => ({
        ...userFragment.spread(),
        ...f("email")(),
        ...f("name", null, { alias: "fullName" })(),
        ...f("tasks", { filter: { status: "DONE", tags: ["x"] }, completed: true })(({ f }) => ({ ...f("id")() })),
      })),
      ...f("users", { first: $.first, role: "MEMBER" })(() => ({ ...f("id")() })),
      ...f("search", { query: "q", limit: -1 })({
        Project: ({ f }) => ({ ...f("name")() }),
      }),
    }),
  })(),
);

export const renameTask = gql.default(({ mutation }) =>
  mutation("Rename")({
    variables: "($id: ID!, $name: String!)",
    fields: ({ f, $ }) => ({ ...f("updateUserName", { id: $.id, name: $.name })(({ f }) => ({ ...f("id")() })) }),
  })(),
);
