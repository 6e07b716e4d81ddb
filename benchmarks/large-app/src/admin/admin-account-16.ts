import { gql } from "@/graphql-system";
import { adminAccount4Fields } from "./admin-account-4";

export const adminAccount16Fields = gql.admin(({ fragment }) =>
  fragment("AdminAccount16Fields", "AdminAccount")`{ ...${adminAccount4Fields} id email role lastSeenAt }`(),
);

export const adminAccount16List = gql.admin(({ query }) =>
  query("AdminAdminAccount16List")`($limit: Int = 50, $offset: Int) {
    adminAccounts(limit: $limit, offset: $offset) { ...${adminAccount16Fields} }
  }`(),
);
