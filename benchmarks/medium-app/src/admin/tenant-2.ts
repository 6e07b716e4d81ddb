import { gql } from "@/graphql-system";

export const tenant2Fields = gql.admin(({ fragment }) =>
  fragment("Tenant2Fields", "Tenant")`{ id name plan seats }`(),
);

export const tenant2List = gql.admin(({ query }) =>
  query("AdminTenant2List")`($limit: Int = 50, $offset: Int) {
    tenants(limit: $limit, offset: $offset) { ...${tenant2Fields} }
  }`(),
);
