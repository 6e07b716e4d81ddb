import { gql } from "@/graphql-system";
import { customerCard } from "@/entities/customer";
import { invoiceDetail } from "@/entities/invoice";

/** One row of the invoiceBoard screen. */
export const invoiceBoardRow = gql.default(({ fragment }) =>
  fragment("InvoiceBoardRow", "Invoice")`($first: Int) {
    ...${($) => invoiceDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${customerCard} }
  }`(),
);
