import { gql } from "@/graphql-system";
import { paymentBoardRow } from "./fragments";
import { paymentCard, paymentCore } from "@/entities/payment";
import { reportCard } from "@/entities/report";

export const getPaymentBoard = gql.default(({ query }) =>
  query("GetPaymentBoard")`($id: ID!, $first: Int = 10) {
    payment(id: $id) {
      ...${($) => paymentBoardRow.spread({ first: $.first })}
    }
    reportList(first: 5) { ...${reportCard} }
  }`(),
);

export const listPaymentBoard = gql.default(({ query }) =>
  query("ListPaymentBoard")`($first: Int, $after: String, $status: Status) {
    paymentList(first: $first, after: $after, status: $status) {
      ...${paymentCard}
    }
  }`(),
);

export const updatePaymentBoard = gql.default(({ mutation }) =>
  mutation("UpdatePaymentBoard")`($id: ID!, $input: PaymentInput!) {
    updatePayment(id: $id, input: $input) {
      ...${paymentCore}
      updatedAt
    }
  }`(),
);
