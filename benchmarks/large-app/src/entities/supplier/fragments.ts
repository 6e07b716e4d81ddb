import { gql } from "@/graphql-system";
import { campaignCore } from "../campaign";
import { leadCore } from "../lead";
import { userCore } from "../user";

/** What every view of a Supplier shows. */
export const supplierCore = gql.default(({ fragment }) =>
  fragment("SupplierCore", "Supplier")`{ id name status }`(),
);

/** A Supplier in lists: the core fields, its owner and when it last changed. */
export const supplierCard = gql.default(({ fragment }) =>
  fragment("SupplierCard", "Supplier")`{
    ...${supplierCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Supplier on its own page; `first` / `after` page through its children. */
export const supplierDetail = gql.default(({ fragment }) =>
  fragment("SupplierDetail", "Supplier")`($first: Int, $after: String) {
    ...${supplierCard}
    createdAt
    tags
    related { ...${campaignCore} }
    children(first: $first, after: $after) { ...${leadCore} }
  }`(),
);
