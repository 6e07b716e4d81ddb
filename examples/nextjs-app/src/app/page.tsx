// A server component that holds its own operation; the fragments come from other files.
import { print } from "graphql";

import { gql } from "@/graphql-system";
import { postFields } from "@/graphql/fragments/post";
import { userFields } from "@/graphql/fragments/user";

import { UserCard } from "./user-card";

const getUserPage = gql.default(({ query }) =>
  query("GetUserPage")`($id: ID!) {
    user(id: $id) {
      ...${userFields}
      posts(first: 3) {
        ...${postFields}
      }
    }
  }`(),
);

export default function Page() {
  return (
    <main>
      <h1 id="operation-name">{getUserPage.operationName}</h1>
      <pre id="document">{print(getUserPage.document)}</pre>
      <UserCard />
    </main>
  );
}
