import { gql } from "@/graphql-system";
import { incidentDetail } from "@/entities/incident";
import { ticketCard } from "@/entities/ticket";

/** One row of the incidentBoard screen. */
export const incidentBoardRow = gql.default(({ fragment }) =>
  fragment("IncidentBoardRow", "Incident")`($first: Int) {
    ...${($) => incidentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${ticketCard} }
  }`(),
);
