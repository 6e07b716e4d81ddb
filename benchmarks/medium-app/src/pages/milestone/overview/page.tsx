import { gql } from "@/graphql-system";
import { invoiceCard } from "@/entities/invoice";
import { userCard } from "@/entities/user";
import { milestoneBoardRow } from "@/features/milestone-board";
import { PageLayout } from "./layout";

export const milestoneOverviewPage = gql.default(({ query }) =>
  query("MilestoneOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    milestone(id: $id) {
      ...${($) => milestoneBoardRow.spread({ first: $.first })}
    }
    invoiceList(first: $first) { ...${invoiceCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MilestoneOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Milestone overview">
      <section data-id={id}>{/* rendered from MilestoneOverviewPage */}</section>
    </PageLayout>
  );
}
