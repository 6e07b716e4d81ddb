import { gql } from "@/graphql-system";
import { userCard } from "@/entities/user";
import { vendorDetail } from "@/entities/vendor";

/** One row of the vendorBoard screen. */
export const vendorBoardRow = gql.default(({ fragment }) =>
  fragment("VendorBoardRow", "Vendor")`($first: Int) {
    ...${($) => vendorDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${userCard} }
  }`(),
);
