import { gql } from "@/graphql-system";

export const userFields = gql.default(({ fragment }) =>
  fragment("UserFields", "User")`{
    id
    name
  }`(),
);
