import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { teamBoardRow } from "@/features/team-board";
import { PageLayout } from "./layout";

export const supplierDetailsPage = gql.default(({ query }) =>
  query("SupplierDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    team(id: $id) {
      ...${($) => teamBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function SupplierDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Supplier details">
      <section data-id={id}>{/* rendered from SupplierDetailsPage */}</section>
    </PageLayout>
  );
}
