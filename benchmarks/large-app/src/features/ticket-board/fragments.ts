import { gql } from "@/graphql-system";
import { contractCard } from "@/entities/contract";
import { ticketDetail } from "@/entities/ticket";

/** One row of the ticketBoard screen. */
export const ticketBoardRow = gql.default(({ fragment }) =>
  fragment("TicketBoardRow", "Ticket")`($first: Int) {
    ...${($) => ticketDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${contractCard} }
  }`(),
);
