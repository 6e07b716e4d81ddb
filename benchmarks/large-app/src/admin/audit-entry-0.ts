import { gql } from "@/graphql-system";

export const auditEntry0Fields = gql.admin(({ fragment }) =>
  fragment("AuditEntry0Fields", "AuditEntry")`{ id action actorId createdAt }`(),
);

export const auditEntry0List = gql.admin(({ query }) =>
  query("AdminAuditEntry0List")`($limit: Int = 50, $offset: Int) {
    auditEntries(limit: $limit, offset: $offset) { ...${auditEntry0Fields} }
  }`(),
);
