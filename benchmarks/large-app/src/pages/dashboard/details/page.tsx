import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { invoiceBoardRow } from "@/features/invoice-board";
import { PageLayout } from "./layout";

export const dashboardDetailsPage = gql.default(({ query }) =>
  query("DashboardDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    invoice(id: $id) {
      ...${($) => invoiceBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function DashboardDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Dashboard details">
      <section data-id={id}>{/* rendered from DashboardDetailsPage */}</section>
    </PageLayout>
  );
}
