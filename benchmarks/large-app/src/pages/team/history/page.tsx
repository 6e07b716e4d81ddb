import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { incidentBoardRow } from "@/features/incident-board";
import { PageLayout } from "./layout";

export const teamHistoryPage = gql.default(({ query }) =>
  query("TeamHistoryPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    incident(id: $id) {
      ...${($) => incidentBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TeamHistory({ id }: { id: string }) {
  return (
    <PageLayout title="Team history">
      <section data-id={id}>{/* rendered from TeamHistoryPage */}</section>
    </PageLayout>
  );
}
