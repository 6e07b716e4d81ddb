import { gql } from "@/graphql-system";

export const adminAccount4Fields = gql.admin(({ fragment }) =>
  fragment("AdminAccount4Fields", "AdminAccount")`{ id email role lastSeenAt }`(),
);

export const adminAccount4List = gql.admin(({ query }) =>
  query("AdminAdminAccount4List")`($limit: Int = 50, $offset: Int) {
    adminAccounts(limit: $limit, offset: $offset) { ...${adminAccount4Fields} }
  }`(),
);
