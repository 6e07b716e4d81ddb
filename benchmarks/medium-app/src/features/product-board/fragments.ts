import { gql } from "@/graphql-system";
import { productDetail } from "@/entities/product";
import { userCard } from "@/entities/user";

/** One row of the productBoard screen. */
export const productBoardRow = gql.default(({ fragment }) =>
  fragment("ProductBoardRow", "Product")`($first: Int) {
    ...${($) => productDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${userCard} }
  }`(),
);
