import { gql } from "@/graphql-system";
import { shipmentCore } from "../shipment";
import { userCore } from "../user";
import { warehouseCore } from "../warehouse";

/** What every view of a Payment shows. */
export const paymentCore = gql.default(({ fragment }) =>
  fragment("PaymentCore", "Payment")`{ id name status }`(),
);

/** A Payment in lists: the core fields, its owner and when it last changed. */
export const paymentCard = gql.default(({ fragment }) =>
  fragment("PaymentCard", "Payment")`{
    ...${paymentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Payment on its own page; `first` / `after` page through its children. */
export const paymentDetail = gql.default(({ fragment }) =>
  fragment("PaymentDetail", "Payment")`($first: Int, $after: String) {
    ...${paymentCard}
    createdAt
    tags
    related { ...${shipmentCore} }
    children(first: $first, after: $after) { ...${warehouseCore} }
  }`(),
);
