import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { incidentSettingsRow } from "@/features/incident-settings";
import { PageLayout } from "./layout";

export const incidentDetailsPage = gql.default(({ query }) =>
  query("IncidentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    incident(id: $id) {
      ...${($) => incidentSettingsRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function IncidentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Incident details">
      <section data-id={id}>{/* rendered from IncidentDetailsPage */}</section>
    </PageLayout>
  );
}
