import { gql } from "@/graphql-system";

export const first = gql.default(({ fragment }) => fragment("First", "User")`{ id manager { id } }`());
export const second = gql.default(({ fragment }) => fragment("Second", "User")`{ manager { name } email }`());
export const merged = gql.default(({ query }) =>
  query("Merged")`($id: ID!) { user(id: $id) { name ...${first} ...${second} name } }`(),
);
