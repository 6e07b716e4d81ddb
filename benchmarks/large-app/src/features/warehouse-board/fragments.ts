import { gql } from "@/graphql-system";
import { supplierCard } from "@/entities/supplier";
import { warehouseDetail } from "@/entities/warehouse";

/** One row of the warehouseBoard screen. */
export const warehouseBoardRow = gql.default(({ fragment }) =>
  fragment("WarehouseBoardRow", "Warehouse")`($first: Int) {
    ...${($) => warehouseDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${supplierCard} }
  }`(),
);
