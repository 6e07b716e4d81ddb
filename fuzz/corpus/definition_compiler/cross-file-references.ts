import { gql } from "@/graphql-system";

export const userFragment = gql.default(({ fragment }) => fragment("UserFragment", "User")`{ id name }`());
export const objectWrapped = {
  nested: { fragment: gql.default(({ fragment }) => fragment("Nested", "User")`{ email }`()) },
};