import { gql } from "@/graphql-system";
import { contractCore } from "../contract";
import { paymentCore } from "../payment";
import { userCore } from "../user";

/** What every view of a Ticket shows. */
export const ticketCore = gql.default(({ fragment }) =>
  fragment("TicketCore", "Ticket")`{ id name status }`(),
);

/** A Ticket in lists: the core fields, its owner and when it last changed. */
export const ticketCard = gql.default(({ fragment }) =>
  fragment("TicketCard", "Ticket")`{
    ...${ticketCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Ticket on its own page; `first` / `after` page through its children. */
export const ticketDetail = gql.default(({ fragment }) =>
  fragment("TicketDetail", "Ticket")`($first: Int, $after: String) {
    ...${ticketCard}
    createdAt
    tags
    related { ...${contractCore} }
    children(first: $first, after: $after) { ...${paymentCore} }
  }`(),
);
