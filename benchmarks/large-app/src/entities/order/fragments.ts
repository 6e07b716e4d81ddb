import { gql } from "@/graphql-system";
import { productCore } from "../product";
import { reviewCore } from "../review";
import { userCore } from "../user";

/** What every view of a Order shows. */
export const orderCore = gql.default(({ fragment }) =>
  fragment("OrderCore", "Order")`{ id name status }`(),
);

/** A Order in lists: the core fields, its owner and when it last changed. */
export const orderCard = gql.default(({ fragment }) =>
  fragment("OrderCard", "Order")`{
    ...${orderCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Order on its own page; `first` / `after` page through its children. */
export const orderDetail = gql.default(({ fragment }) =>
  fragment("OrderDetail", "Order")`($first: Int, $after: String) {
    ...${orderCard}
    createdAt
    tags
    related { ...${productCore} }
    children(first: $first, after: $after) { ...${reviewCore} }
  }`(),
);
