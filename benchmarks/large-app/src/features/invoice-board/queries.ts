import { gql } from "@/graphql-system";
import { invoiceBoardRow } from "./fragments";
import { invoiceCard, invoiceCore } from "@/entities/invoice";
import { ticketCard } from "@/entities/ticket";

export const getInvoiceBoard = gql.default(({ query }) =>
  query("GetInvoiceBoard")`($id: ID!, $first: Int = 10) {
    invoice(id: $id) {
      ...${($) => invoiceBoardRow.spread({ first: $.first })}
    }
    ticketList(first: 5) { ...${ticketCard} }
  }`(),
);

export const listInvoiceBoard = gql.default(({ query }) =>
  query("ListInvoiceBoard")`($first: Int, $after: String, $status: Status) {
    invoiceList(first: $first, after: $after, status: $status) {
      ...${invoiceCard}
    }
  }`(),
);

export const updateInvoiceBoard = gql.default(({ mutation }) =>
  mutation("UpdateInvoiceBoard")`($id: ID!, $input: InvoiceInput!) {
    updateInvoice(id: $id, input: $input) {
      ...${invoiceCore}
      updatedAt
    }
  }`(),
);
