import { gql } from "@/graphql-system";
import { paymentSettingsRow } from "./fragments";
import { paymentCard, paymentCore } from "@/entities/payment";
import { reportCard } from "@/entities/report";

export const getPaymentSettings = gql.default(({ query }) =>
  query("GetPaymentSettings")`($id: ID!, $first: Int = 10) {
    payment(id: $id) {
      ...${($) => paymentSettingsRow.spread({ first: $.first })}
    }
    reportList(first: 5) { ...${reportCard} }
  }`(),
);

export const listPaymentSettings = gql.default(({ query }) =>
  query("ListPaymentSettings")`($first: Int, $after: String, $status: Status) {
    paymentList(first: $first, after: $after, status: $status) {
      ...${paymentCard}
    }
  }`(),
);

export const updatePaymentSettings = gql.default(({ mutation }) =>
  mutation("UpdatePaymentSettings")`($id: ID!, $input: PaymentInput!) {
    updatePayment(id: $id, input: $input) {
      ...${paymentCore}
      updatedAt
    }
  }`(),
);
