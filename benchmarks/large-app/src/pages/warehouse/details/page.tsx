import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { userBoardRow } from "@/features/user-board";
import { PageLayout } from "./layout";

export const warehouseDetailsPage = gql.default(({ query }) =>
  query("WarehouseDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    user(id: $id) {
      ...${($) => userBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function WarehouseDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Warehouse details">
      <section data-id={id}>{/* rendered from WarehouseDetailsPage */}</section>
    </PageLayout>
  );
}
