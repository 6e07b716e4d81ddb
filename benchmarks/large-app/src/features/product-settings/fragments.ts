import { gql } from "@/graphql-system";
import { productDetail } from "@/entities/product";
import { reviewCard } from "@/entities/review";

/** One row of the productSettings screen. */
export const productSettingsRow = gql.default(({ fragment }) =>
  fragment("ProductSettingsRow", "Product")`($first: Int) {
    ...${($) => productDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${reviewCard} }
  }`(),
);
