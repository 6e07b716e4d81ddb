import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { labelBoardRow } from "@/features/label-board";
import { PageLayout } from "./layout";

export const budgetDetailsPage = gql.default(({ query }) =>
  query("BudgetDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    label(id: $id) {
      ...${($) => labelBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function BudgetDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Budget details">
      <section data-id={id}>{/* rendered from BudgetDetailsPage */}</section>
    </PageLayout>
  );
}
