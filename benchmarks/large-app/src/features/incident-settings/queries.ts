import { gql } from "@/graphql-system";
import { incidentSettingsRow } from "./fragments";
import { customerCard } from "@/entities/customer";
import { incidentCard, incidentCore } from "@/entities/incident";

export const getIncidentSettings = gql.default(({ query }) =>
  query("GetIncidentSettings")`($id: ID!, $first: Int = 10) {
    incident(id: $id) {
      ...${($) => incidentSettingsRow.spread({ first: $.first })}
    }
    customerList(first: 5) { ...${customerCard} }
  }`(),
);

export const listIncidentSettings = gql.default(({ query }) =>
  query("ListIncidentSettings")`($first: Int, $after: String, $status: Status) {
    incidentList(first: $first, after: $after, status: $status) {
      ...${incidentCard}
    }
  }`(),
);

export const updateIncidentSettings = gql.default(({ mutation }) =>
  mutation("UpdateIncidentSettings")`($id: ID!, $input: IncidentInput!) {
    updateIncident(id: $id, input: $input) {
      ...${incidentCore}
      updatedAt
    }
  }`(),
);
