import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { dashboardBoardRow } from "@/features/dashboard-board";
import { PageLayout } from "./layout";

export const dashboardOverviewPage = gql.default(({ query }) =>
  query("DashboardOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    dashboard(id: $id) {
      ...${($) => dashboardBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function DashboardOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Dashboard overview">
      <section data-id={id}>{/* rendered from DashboardOverviewPage */}</section>
    </PageLayout>
  );
}
