import { gql } from "@/graphql-system";
import { auditEntry0Fields } from "./audit-entry-0";

export const auditEntry6Fields = gql.admin(({ fragment }) =>
  fragment("AuditEntry6Fields", "AuditEntry")`{ ...${auditEntry0Fields} id action actorId createdAt }`(),
);

export const auditEntry6List = gql.admin(({ query }) =>
  query("AdminAuditEntry6List")`($limit: Int = 50, $offset: Int) {
    auditEntries(limit: $limit, offset: $offset) { ...${auditEntry6Fields} }
  }`(),
);
