import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { warehouseBoardRow } from "@/features/warehouse-board";
import { PageLayout } from "./layout";

export const warehouseOverviewPage = gql.default(({ query }) =>
  query("WarehouseOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    warehouse(id: $id) {
      ...${($) => warehouseBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function WarehouseOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Warehouse overview">
      <section data-id={id}>{/* rendered from WarehouseOverviewPage */}</section>
    </PageLayout>
  );
}
