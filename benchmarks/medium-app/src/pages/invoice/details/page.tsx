import { gql } from "@/graphql-system";
import { milestoneCard } from "@/entities/milestone";
import { userCard } from "@/entities/user";
import { teamBoardRow } from "@/features/team-board";
import { PageLayout } from "./layout";

export const invoiceDetailsPage = gql.default(({ query }) =>
  query("InvoiceDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    team(id: $id) {
      ...${($) => teamBoardRow.spread({ first: $.first })}
    }
    milestoneList(first: $first) { ...${milestoneCard} }
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
