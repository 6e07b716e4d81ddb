import { gql } from "@/graphql-system";
import { orderDetail } from "@/entities/order";
import { productCard } from "@/entities/product";

/** One row of the orderBoard screen. */
export const orderBoardRow = gql.default(({ fragment }) =>
  fragment("OrderBoardRow", "Order")`($first: Int) {
    ...${($) => orderDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${productCard} }
  }`(),
);
