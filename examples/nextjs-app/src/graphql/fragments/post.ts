import { gql } from "@/graphql-system";

export const postFields = gql.default(({ fragment }) =>
  fragment("PostFields", "Post")`{
    id
    title
  }`(),
);
