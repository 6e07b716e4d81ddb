import { gql } from "@/graphql-system";
import { contractCard } from "@/entities/contract";
import { ticketDetail } from "@/entities/ticket";

/** One row of the ticketSettings screen. */
export const ticketSettingsRow = gql.default(({ fragment }) =>
  fragment("TicketSettingsRow", "Ticket")`($first: Int) {
    ...${($) => ticketDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${contractCard} }
  }`(),
);
