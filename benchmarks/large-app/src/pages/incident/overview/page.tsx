import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { incidentBoardRow } from "@/features/incident-board";
import { PageLayout } from "./layout";

export const incidentOverviewPage = gql.default(({ query }) =>
  query("IncidentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    incident(id: $id) {
      ...${($) => incidentBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function IncidentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Incident overview">
      <section data-id={id}>{/* rendered from IncidentOverviewPage */}</section>
    </PageLayout>
  );
}
