import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { invoiceSettingsRow } from "@/features/invoice-settings";
import { PageLayout } from "./layout";

export const invoiceDetailsPage = gql.default(({ query }) =>
  query("InvoiceDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    invoice(id: $id) {
      ...${($) => invoiceSettingsRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function InvoiceDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Invoice details">
      <section data-id={id}>{/* rendered from InvoiceDetailsPage */}</section>
    </PageLayout>
  );
}
