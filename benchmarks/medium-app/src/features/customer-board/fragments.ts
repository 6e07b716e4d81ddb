import { gql } from "@/graphql-system";
import { customerDetail } from "@/entities/customer";
import { orderCard } from "@/entities/order";

/** One row of the customerBoard screen. */
export const customerBoardRow = gql.default(({ fragment }) =>
  fragment("CustomerBoardRow", "Customer")`($first: Int) {
    ...${($) => customerDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${orderCard} }
  }`(),
);
