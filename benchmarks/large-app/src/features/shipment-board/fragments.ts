import { gql } from "@/graphql-system";
import { shipmentDetail } from "@/entities/shipment";
import { warehouseCard } from "@/entities/warehouse";

/** One row of the shipmentBoard screen. */
export const shipmentBoardRow = gql.default(({ fragment }) =>
  fragment("ShipmentBoardRow", "Shipment")`($first: Int) {
    ...${($) => shipmentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${warehouseCard} }
  }`(),
);
