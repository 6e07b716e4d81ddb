import { gql } from "@/graphql-system";
import { paymentDetail } from "@/entities/payment";
import { shipmentCard } from "@/entities/shipment";

/** One row of the paymentBoard screen. */
export const paymentBoardRow = gql.default(({ fragment }) =>
  fragment("PaymentBoardRow", "Payment")`($first: Int) {
    ...${($) => paymentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${shipmentCard} }
  }`(),
);
