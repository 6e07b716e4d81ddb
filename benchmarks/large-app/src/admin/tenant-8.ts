import { gql } from "@/graphql-system";
import { tenant2Fields } from "./tenant-2";

export const tenant8Fields = gql.admin(({ fragment }) =>
  fragment("Tenant8Fields", "Tenant")`{ ...${tenant2Fields} id name plan seats }`(),
);

export const tenant8List = gql.admin(({ query }) =>
  query("AdminTenant8List")`($limit: Int = 50, $offset: Int) {
    tenants(limit: $limit, offset: $offset) { ...${tenant8Fields} }
  }`(),
);
