import { gql } from "@/graphql-system";
import { ticketBoardRow } from "./fragments";
import { sprintCard } from "@/entities/sprint";
import { ticketCard, ticketCore } from "@/entities/ticket";

export const getTicketBoard = gql.default(({ query }) =>
  query("GetTicketBoard")`($id: ID!, $first: Int = 10) {
    ticket(id: $id) {
      ...${($) => ticketBoardRow.spread({ first: $.first })}
    }
    sprintList(first: 5) { ...${sprintCard} }
  }`(),
);

export const listTicketBoard = gql.default(({ query }) =>
  query("ListTicketBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("ticketList", { first: $.first, status: $.status })(({ f }) => ({
        ...ticketCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateTicketBoard = gql.default(({ mutation }) =>
  mutation("UpdateTicketBoard")`($id: ID!, $input: TicketInput!) {
    updateTicket(id: $id, input: $input) {
      ...${ticketCore}
      updatedAt
    }
  }`(),
);
