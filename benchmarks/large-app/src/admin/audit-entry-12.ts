import { gql } from "@/graphql-system";
import { auditEntry0Fields } from "./audit-entry-0";

export const auditEntry12Fields = gql.admin(({ fragment }) =>
  fragment("AuditEntry12Fields", "AuditEntry")`{ ...${auditEntry0Fields} id action actorId createdAt }`(),
);

export const auditEntry12List = gql.admin(({ query }) =>
  query("AdminAuditEntry12List")`($limit: Int = 50, $offset: Int) {
    auditEntries(limit: $limit, offset: $offset) { ...${auditEntry12Fields} }
  }`(),
);
