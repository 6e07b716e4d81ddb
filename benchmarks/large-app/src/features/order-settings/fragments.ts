import { gql } from "@/graphql-system";
import { orderDetail } from "@/entities/order";
import { productCard } from "@/entities/product";

/** One row of the orderSettings screen. */
export const orderSettingsRow = gql.default(({ fragment }) =>
  fragment("OrderSettingsRow", "Order")`($first: Int) {
    ...${($) => orderDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${productCard} }
  }`(),
);
