import { gql } from "@/graphql-system";
import { incidentDetail } from "@/entities/incident";
import { ticketCard } from "@/entities/ticket";

/** One row of the incidentSettings screen. */
export const incidentSettingsRow = gql.default(({ fragment }) =>
  fragment("IncidentSettingsRow", "Incident")`($first: Int) {
    ...${($) => incidentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${ticketCard} }
  }`(),
);
