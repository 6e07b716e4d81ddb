import { gql } from "@/graphql-system";

export const userCard = gql.default(({ fragment }) =>
  fragment("UserCard", "User")`{
    id
    displayName: name
    role
    manager @include(if: true) { id }
  }`(),
);

export const searchEverything = gql.default(({ query }) =>
  query("SearchEverything")`($q: String!, $limit: Int = 20, $tags: [String!] = ["a", "b"]) {
    search(query: $q, limit: $limit) {
      __typename
      ... on User { ...${userCard} }
      ... on Project { id name }
    }
    users(first: 3, role: GUEST) { id tasks(filter: { tags: $tags }) { id } }
    quoted: user(id: "a\\"b\\\\c") { id }
    long: project(id: "a-very-long-project-identifier-that-pushes-the-arguments-past-eighty") { id }
  }`(),
);
