import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { paymentBoardRow } from "@/features/payment-board";
import { PageLayout } from "./layout";

export const paymentOverviewPage = gql.default(({ query }) =>
  query("PaymentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    payment(id: $id) {
      ...${($) => paymentBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function PaymentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Payment overview">
      <section data-id={id}>{/* rendered from PaymentOverviewPage */}</section>
    </PageLayout>
  );
}
