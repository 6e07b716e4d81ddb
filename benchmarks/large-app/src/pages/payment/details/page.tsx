import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { paymentSettingsRow } from "@/features/payment-settings";
import { PageLayout } from "./layout";

export const paymentDetailsPage = gql.default(({ query }) =>
  query("PaymentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    payment(id: $id) {
      ...${($) => paymentSettingsRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function PaymentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Payment details">
      <section data-id={id}>{/* rendered from PaymentDetailsPage */}</section>
    </PageLayout>
  );
}
