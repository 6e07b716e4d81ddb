import { gql } from "@/graphql-system";
import { shipmentDetail } from "@/entities/shipment";
import { warehouseCard } from "@/entities/warehouse";

/** One row of the shipmentSettings screen. */
export const shipmentSettingsRow = gql.default(({ fragment }) =>
  fragment("ShipmentSettingsRow", "Shipment")`($first: Int) {
    ...${($) => shipmentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${warehouseCard} }
  }`(),
);
