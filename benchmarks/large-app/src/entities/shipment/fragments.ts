import { gql } from "@/graphql-system";
import { supplierCore } from "../supplier";
import { userCore } from "../user";
import { warehouseCore } from "../warehouse";

/** What every view of a Shipment shows. */
export const shipmentCore = gql.default(({ fragment }) =>
  fragment("ShipmentCore", "Shipment")`{ id name status }`(),
);

/** A Shipment in lists: the core fields, its owner and when it last changed. */
export const shipmentCard = gql.default(({ fragment }) =>
  fragment("ShipmentCard", "Shipment")`{
    ...${shipmentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Shipment on its own page; `first` / `after` page through its children. */
export const shipmentDetail = gql.default(({ fragment }) =>
  fragment("ShipmentDetail", "Shipment")`($first: Int, $after: String) {
    ...${shipmentCard}
    createdAt
    tags
    related { ...${warehouseCore} }
    children(first: $first, after: $after) { ...${supplierCore} }
  }`(),
);
