import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { teamBoardRow } from "@/features/team-board";
import { PageLayout } from "./layout";

export const teamOverviewPage = gql.default(({ query }) =>
  query("TeamOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    team(id: $id) {
      ...${($) => teamBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TeamOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Team overview">
      <section data-id={id}>{/* rendered from TeamOverviewPage */}</section>
    </PageLayout>
  );
}
