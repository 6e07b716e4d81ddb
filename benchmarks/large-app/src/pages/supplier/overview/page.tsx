import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { supplierBoardRow } from "@/features/supplier-board";
import { PageLayout } from "./layout";

export const supplierOverviewPage = gql.default(({ query }) =>
  query("SupplierOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    supplier(id: $id) {
      ...${($) => supplierBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function SupplierOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Supplier overview">
      <section data-id={id}>{/* rendered from SupplierOverviewPage */}</section>
    </PageLayout>
  );
}
