import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { budgetBoardRow } from "@/features/budget-board";
import { PageLayout } from "./layout";

export const budgetOverviewPage = gql.default(({ query }) =>
  query("BudgetOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    budget(id: $id) {
      ...${($) => budgetBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function BudgetOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Budget overview">
      <section data-id={id}>{/* rendered from BudgetOverviewPage */}</section>
    </PageLayout>
  );
}
