import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { leadBoardRow } from "@/features/lead-board";
import { PageLayout } from "./layout";

export const leadOverviewPage = gql.default(({ query }) =>
  query("LeadOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    lead(id: $id) {
      ...${($) => leadBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LeadOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Lead overview">
      <section data-id={id}>{/* rendered from LeadOverviewPage */}</section>
    </PageLayout>
  );
}
