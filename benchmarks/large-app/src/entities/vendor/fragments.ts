import { gql } from "@/graphql-system";
import { teamCore } from "../team";
import { userCore } from "../user";

/** What every view of a Vendor shows. */
export const vendorCore = gql.default(({ fragment }) =>
  fragment("VendorCore", "Vendor")`{ id name status }`(),
);

/** A Vendor in lists: the core fields, its owner and when it last changed. */
export const vendorCard = gql.default(({ fragment }) =>
  fragment("VendorCard", "Vendor")`{
    ...${vendorCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Vendor on its own page; `first` / `after` page through its children. */
export const vendorDetail = gql.default(({ fragment }) =>
  fragment("VendorDetail", "Vendor")`($first: Int, $after: String) {
    ...${vendorCard}
    createdAt
    tags
    related { ...${userCore} }
    children(first: $first, after: $after) { ...${teamCore} }
  }`(),
);
