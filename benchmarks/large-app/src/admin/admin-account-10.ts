import { gql } from "@/graphql-system";
import { adminAccount4Fields } from "./admin-account-4";

export const adminAccount10Fields = gql.admin(({ fragment }) =>
  fragment("AdminAccount10Fields", "AdminAccount")`{ ...${adminAccount4Fields} id email role lastSeenAt }`(),
);

export const adminAccount10List = gql.admin(({ query }) =>
  query("AdminAdminAccount10List")`($limit: Int = 50, $offset: Int) {
    adminAccounts(limit: $limit, offset: $offset) { ...${adminAccount10Fields} }
  }`(),
);
