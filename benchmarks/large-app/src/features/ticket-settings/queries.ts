import { gql } from "@/graphql-system";
import { ticketSettingsRow } from "./fragments";
import { sprintCard } from "@/entities/sprint";
import { ticketCard, ticketCore } from "@/entities/ticket";

export const getTicketSettings = gql.default(({ query }) =>
  query("GetTicketSettings")`($id: ID!, $first: Int = 10) {
    ticket(id: $id) {
      ...${($) => ticketSettingsRow.spread({ first: $.first })}
    }
    sprintList(first: 5) { ...${sprintCard} }
  }`(),
);

export const listTicketSettings = gql.default(({ query }) =>
  query("ListTicketSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("ticketList", { first: $.first, status: $.status })(({ f }) => ({
        ...ticketCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateTicketSettings = gql.default(({ mutation }) =>
  mutation("UpdateTicketSettings")`($id: ID!, $input: TicketInput!) {
    updateTicket(id: $id, input: $input) {
      ...${ticketCore}
      updatedAt
    }
  }`(),
);
