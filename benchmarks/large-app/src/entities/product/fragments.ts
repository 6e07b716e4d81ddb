import { gql } from "@/graphql-system";
import { notificationCore } from "../notification";
import { reviewCore } from "../review";
import { userCore } from "../user";

/** What every view of a Product shows. */
export const productCore = gql.default(({ fragment }) =>
  fragment("ProductCore", "Product")`{ id name status }`(),
);

/** A Product in lists: the core fields, its owner and when it last changed. */
export const productCard = gql.default(({ fragment }) =>
  fragment("ProductCard", "Product")`{
    ...${productCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Product on its own page; `first` / `after` page through its children. */
export const productDetail = gql.default(({ fragment }) =>
  fragment("ProductDetail", "Product")`($first: Int, $after: String) {
    ...${productCard}
    createdAt
    tags
    related { ...${reviewCore} }
    children(first: $first, after: $after) { ...${notificationCore} }
  }`(),
);
