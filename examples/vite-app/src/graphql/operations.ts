import { gql } from "@/graphql-system";

import { postFields } from "./fragments/post";
import { userFields } from "./fragments/user";

export const getUserPage = gql.default(({ query }) =>
  query("GetUserPage")`($id: ID!) {
    user(id: $id) {
      ...${userFields}
      posts(first: 3) {
        ...${postFields}
      }
    }
  }`(),
);
