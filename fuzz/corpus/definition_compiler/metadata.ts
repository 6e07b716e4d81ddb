import { gql } from "@/graphql-system";

export const withMetadata = gql.default(({ query }) =>
  query("WithMetadata")`{ users { id } }`({ metadata: { cache: "no-store", ttl: 60, tags: ["a"] } }),
);
