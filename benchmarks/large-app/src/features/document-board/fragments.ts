import { gql } from "@/graphql-system";
import { documentDetail } from "@/entities/document";
import { invoiceCard } from "@/entities/invoice";

/** One row of the documentBoard screen. */
export const documentBoardRow = gql.default(({ fragment }) =>
  fragment("DocumentBoardRow", "Document")`($first: Int) {
    ...${($) => documentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${invoiceCard} }
  }`(),
);
