import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { invoiceBoardRow } from "@/features/invoice-board";
import { PageLayout } from "./layout";

export const invoiceOverviewPage = gql.default(({ query }) =>
  query("InvoiceOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    invoice(id: $id) {
      ...${($) => invoiceBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function InvoiceOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Invoice overview">
      <section data-id={id}>{/* rendered from InvoiceOverviewPage */}</section>
    </PageLayout>
  );
}
