import { gql } from "@/graphql-system";
import { tenant2Fields } from "./tenant-2";

export const tenant14Fields = gql.admin(({ fragment }) =>
  fragment("Tenant14Fields", "Tenant")`{ ...${tenant2Fields} id name plan seats }`(),
);

export const tenant14List = gql.admin(({ query }) =>
  query("AdminTenant14List")`($limit: Int = 50, $offset: Int) {
    tenants(limit: $limit, offset: $offset) { ...${tenant14Fields} }
  }`(),
);
