import { gql } from "@/graphql-system";
import { licenseBoardRow } from "./fragments";
import { licenseCard, licenseCore } from "@/entities/license";
import { shipmentCard } from "@/entities/shipment";

export const getLicenseBoard = gql.default(({ query }) =>
  query("GetLicenseBoard")`($id: ID!, $first: Int = 10) {
    license(id: $id) {
      ...${($) => licenseBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: 5) { ...${shipmentCard} }
  }`(),
);

export const listLicenseBoard = gql.default(({ query }) =>
  query("ListLicenseBoard")`($first: Int, $after: String, $status: Status) {
    licenseList(first: $first, after: $after, status: $status) {
      ...${licenseCard}
    }
  }`(),
);

export const updateLicenseBoard = gql.default(({ mutation }) =>
  mutation("UpdateLicenseBoard")`($id: ID!, $input: LicenseInput!) {
    updateLicense(id: $id, input: $input) {
      ...${licenseCore}
      updatedAt
    }
  }`(),
);
