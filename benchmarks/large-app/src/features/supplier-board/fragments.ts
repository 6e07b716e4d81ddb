import { gql } from "@/graphql-system";
import { campaignCard } from "@/entities/campaign";
import { supplierDetail } from "@/entities/supplier";

/** One row of the supplierBoard screen. */
export const supplierBoardRow = gql.default(({ fragment }) =>
  fragment("SupplierBoardRow", "Supplier")`($first: Int) {
    ...${($) => supplierDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${campaignCard} }
  }`(),
);
