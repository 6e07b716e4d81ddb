import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { teamSettingsRow } from "@/features/team-settings";
import { PageLayout } from "./layout";

export const teamDetailsPage = gql.default(({ query }) =>
  query("TeamDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    team(id: $id) {
      ...${($) => teamSettingsRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TeamDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Team details">
      <section data-id={id}>{/* rendered from TeamDetailsPage */}</section>
    </PageLayout>
  );
}
