import { gql } from "@/graphql-system";
import { shipmentSettingsRow } from "./fragments";
import { licenseCard } from "@/entities/license";
import { shipmentCard, shipmentCore } from "@/entities/shipment";

export const getShipmentSettings = gql.default(({ query }) =>
  query("GetShipmentSettings")`($id: ID!, $first: Int = 10) {
    shipment(id: $id) {
      ...${($) => shipmentSettingsRow.spread({ first: $.first })}
    }
    licenseList(first: 5) { ...${licenseCard} }
  }`(),
);

export const listShipmentSettings = gql.default(({ query }) =>
  query("ListShipmentSettings")`($first: Int, $after: String, $status: Status) {
    shipmentList(first: $first, after: $after, status: $status) {
      ...${shipmentCard}
    }
  }`(),
);

export const updateShipmentSettings = gql.default(({ mutation }) =>
  mutation("UpdateShipmentSettings")`($id: ID!, $input: ShipmentInput!) {
    updateShipment(id: $id, input: $input) {
      ...${shipmentCore}
      updatedAt
    }
  }`(),
);
