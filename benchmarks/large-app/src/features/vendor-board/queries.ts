import { gql } from "@/graphql-system";
import { vendorBoardRow } from "./fragments";
import { assetCard } from "@/entities/asset";
import { vendorCard, vendorCore } from "@/entities/vendor";

export const getVendorBoard = gql.default(({ query }) =>
  query("GetVendorBoard")`($id: ID!, $first: Int = 10) {
    vendor(id: $id) {
      ...${($) => vendorBoardRow.spread({ first: $.first })}
    }
    assetList(first: 5) { ...${assetCard} }
  }`(),
);

export const listVendorBoard = gql.default(({ query }) =>
  query("ListVendorBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("vendorList", { first: $.first, status: $.status })(({ f }) => ({
        ...vendorCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateVendorBoard = gql.default(({ mutation }) =>
  mutation("UpdateVendorBoard")`($id: ID!, $input: VendorInput!) {
    updateVendor(id: $id, input: $input) {
      ...${vendorCore}
      updatedAt
    }
  }`(),
);
