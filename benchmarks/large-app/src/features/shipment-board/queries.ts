import { gql } from "@/graphql-system";
import { shipmentBoardRow } from "./fragments";
import { licenseCard } from "@/entities/license";
import { shipmentCard, shipmentCore } from "@/entities/shipment";

export const getShipmentBoard = gql.default(({ query }) =>
  query("GetShipmentBoard")`($id: ID!, $first: Int = 10) {
    shipment(id: $id) {
      ...${($) => shipmentBoardRow.spread({ first: $.first })}
    }
    licenseList(first: 5) { ...${licenseCard} }
  }`(),
);

export const listShipmentBoard = gql.default(({ query }) =>
  query("ListShipmentBoard")`($first: Int, $after: String, $status: Status) {
    shipmentList(first: $first, after: $after, status: $status) {
      ...${shipmentCard}
    }
  }`(),
);

export const updateShipmentBoard = gql.default(({ mutation }) =>
  mutation("UpdateShipmentBoard")`($id: ID!, $input: ShipmentInput!) {
    updateShipment(id: $id, input: $input) {
      ...${shipmentCore}
      updatedAt
    }
  }`(),
);
