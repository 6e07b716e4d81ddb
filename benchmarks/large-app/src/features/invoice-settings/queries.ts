import { gql } from "@/graphql-system";
import { invoiceSettingsRow } from "./fragments";
import { invoiceCard, invoiceCore } from "@/entities/invoice";
import { ticketCard } from "@/entities/ticket";

export const getInvoiceSettings = gql.default(({ query }) =>
  query("GetInvoiceSettings")`($id: ID!, $first: Int = 10) {
    invoice(id: $id) {
      ...${($) => invoiceSettingsRow.spread({ first: $.first })}
    }
    ticketList(first: 5) { ...${ticketCard} }
  }`(),
);

export const listInvoiceSettings = gql.default(({ query }) =>
  query("ListInvoiceSettings")`($first: Int, $after: String, $status: Status) {
    invoiceList(first: $first, after: $after, status: $status) {
      ...${invoiceCard}
    }
  }`(),
);

export const updateInvoiceSettings = gql.default(({ mutation }) =>
  mutation("UpdateInvoiceSettings")`($id: ID!, $input: InvoiceInput!) {
    updateInvoice(id: $id, input: $input) {
      ...${invoiceCore}
      updatedAt
    }
  }`(),
);
