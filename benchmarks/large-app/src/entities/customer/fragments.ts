import { gql } from "@/graphql-system";
import { orderCore } from "../order";
import { productCore } from "../product";
import { userCore } from "../user";

/** What every view of a Customer shows. */
export const customerCore = gql.default(({ fragment }) =>
  fragment("CustomerCore", "Customer")`{ id name status }`(),
);

/** A Customer in lists: the core fields, its owner and when it last changed. */
export const customerCard = gql.default(({ fragment }) =>
  fragment("CustomerCard", "Customer")`{
    ...${customerCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Customer on its own page; `first` / `after` page through its children. */
export const customerDetail = gql.default(({ fragment }) =>
  fragment("CustomerDetail", "Customer")`($first: Int, $after: String) {
    ...${customerCard}
    createdAt
    tags
    related { ...${orderCore} }
    children(first: $first, after: $after) { ...${productCore} }
  }`(),
);
