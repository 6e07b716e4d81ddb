import { gql } from "@/graphql-system";
import { customerCard } from "@/entities/customer";
import { invoiceDetail } from "@/entities/invoice";

/** One row of the invoiceSettings screen. */
export const invoiceSettingsRow = gql.default(({ fragment }) =>
  fragment("InvoiceSettingsRow", "Invoice")`($first: Int) {
    ...${($) => invoiceDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${customerCard} }
  }`(),
);
