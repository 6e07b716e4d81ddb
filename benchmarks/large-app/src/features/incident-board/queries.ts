import { gql } from "@/graphql-system";
import { incidentBoardRow } from "./fragments";
import { customerCard } from "@/entities/customer";
import { incidentCard, incidentCore } from "@/entities/incident";

export const getIncidentBoard = gql.default(({ query }) =>
  query("GetIncidentBoard")`($id: ID!, $first: Int = 10) {
    incident(id: $id) {
      ...${($) => incidentBoardRow.spread({ first: $.first })}
    }
    customerList(first: 5) { ...${customerCard} }
  }`(),
);

export const listIncidentBoard = gql.default(({ query }) =>
  query("ListIncidentBoard")`($first: Int, $after: String, $status: Status) {
    incidentList(first: $first, after: $after, status: $status) {
      ...${incidentCard}
    }
  }`(),
);

export const updateIncidentBoard = gql.default(({ mutation }) =>
  mutation("UpdateIncidentBoard")`($id: ID!, $input: IncidentInput!) {
    updateIncident(id: $id, input: $input) {
      ...${incidentCore}
      updatedAt
    }
  }`(),
);
