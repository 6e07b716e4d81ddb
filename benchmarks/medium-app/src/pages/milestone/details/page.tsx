import { gql } from "@/graphql-system";
import { invoiceCard } from "@/entities/invoice";
import { userCard } from "@/entities/user";
import { milestoneSettingsRow } from "@/features/milestone-settings";
import { PageLayout } from "./layout";

export const milestoneDetailsPage = gql.default(({ query }) =>
  query("MilestoneDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    milestone(id: $id) {
      ...${($) => milestoneSettingsRow.spread({ first: $.first })}
    }
    invoiceList(first: $first) { ...${invoiceCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MilestoneDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Milestone details">
      <section data-id={id}>{/* rendered from MilestoneDetailsPage */}</section>
    </PageLayout>
  );
}
