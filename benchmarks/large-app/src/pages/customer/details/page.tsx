import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { customerSettingsRow } from "@/features/customer-settings";
import { PageLayout } from "./layout";

export const customerDetailsPage = gql.default(({ query }) =>
  query("CustomerDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    customer(id: $id) {
      ...${($) => customerSettingsRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CustomerDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Customer details">
      <section data-id={id}>{/* rendered from CustomerDetailsPage */}</section>
    </PageLayout>
  );
}
