import { gql } from "@/graphql-system";
import { campaignCore } from "../campaign";
import { supplierCore } from "../supplier";
import { userCore } from "../user";

/** What every view of a Warehouse shows. */
export const warehouseCore = gql.default(({ fragment }) =>
  fragment("WarehouseCore", "Warehouse")`{ id name status }`(),
);

/** A Warehouse in lists: the core fields, its owner and when it last changed. */
export const warehouseCard = gql.default(({ fragment }) =>
  fragment("WarehouseCard", "Warehouse")`{
    ...${warehouseCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Warehouse on its own page; `first` / `after` page through its children. */
export const warehouseDetail = gql.default(({ fragment }) =>
  fragment("WarehouseDetail", "Warehouse")`($first: Int, $after: String) {
    ...${warehouseCard}
    createdAt
    tags
    related { ...${supplierCore} }
    children(first: $first, after: $after) { ...${campaignCore} }
  }`(),
);
