import { gql } from "@/graphql-system";
import { teamCard } from "@/entities/team";
import { userCard } from "@/entities/user";
import { userBoardRow } from "@/features/user-board";
import { PageLayout } from "./layout";

export const teamDetailsPage = gql.default(({ query }) =>
  query("TeamDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    user(id: $id) {
      ...${($) => userBoardRow.spread({ first: $.first })}
    }
    teamList(first: $first) { ...${teamCard} }
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
