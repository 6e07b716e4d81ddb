import { gql } from "@/graphql-system";
import { auditEntry0Fields } from "./audit-entry-0";

export const auditEntry18Fields = gql.admin(({ fragment }) =>
  fragment("AuditEntry18Fields", "AuditEntry")`{ ...${auditEntry0Fields} id action actorId createdAt }`(),
);

export const auditEntry18List = gql.admin(({ query }) =>
  query("AdminAuditEntry18List")`($limit: Int = 50, $offset: Int) {
    auditEntries(limit: $limit, offset: $offset) { ...${auditEntry18Fields} }
  }`(),
);
