import { gql } from "@/graphql-system";
import { documentDetail } from "@/entities/document";
import { invoiceCard } from "@/entities/invoice";

/** One row of the documentSettings screen. */
export const documentSettingsRow = gql.default(({ fragment }) =>
  fragment("DocumentSettingsRow", "Document")`($first: Int) {
    ...${($) => documentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${invoiceCard} }
  }`(),
);
