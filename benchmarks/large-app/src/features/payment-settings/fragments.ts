import { gql } from "@/graphql-system";
import { paymentDetail } from "@/entities/payment";
import { shipmentCard } from "@/entities/shipment";

/** One row of the paymentSettings screen. */
export const paymentSettingsRow = gql.default(({ fragment }) =>
  fragment("PaymentSettingsRow", "Payment")`($first: Int) {
    ...${($) => paymentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${shipmentCard} }
  }`(),
);
