import { gql } from "@/graphql-system";
import { customerDetail } from "@/entities/customer";
import { orderCard } from "@/entities/order";

/** One row of the customerSettings screen. */
export const customerSettingsRow = gql.default(({ fragment }) =>
  fragment("CustomerSettingsRow", "Customer")`($first: Int) {
    ...${($) => customerDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${orderCard} }
  }`(),
);
