import { gql } from "@/graphql-system";
import { planCore } from "../plan";
import { userCore } from "../user";
import { vendorCore } from "../vendor";

/** What every view of a License shows. */
export const licenseCore = gql.default(({ fragment }) =>
  fragment("LicenseCore", "License")`{ id name status }`(),
);

/** A License in lists: the core fields, its owner and when it last changed. */
export const licenseCard = gql.default(({ fragment }) =>
  fragment("LicenseCard", "License")`{
    ...${licenseCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A License on its own page; `first` / `after` page through its children. */
export const licenseDetail = gql.default(({ fragment }) =>
  fragment("LicenseDetail", "License")`($first: Int, $after: String) {
    ...${licenseCard}
    createdAt
    tags
    related { ...${planCore} }
    children(first: $first, after: $after) { ...${vendorCore} }
  }`(),
);
