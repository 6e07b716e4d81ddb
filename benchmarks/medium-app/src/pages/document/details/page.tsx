import { gql } from "@/graphql-system";
import { teamCard } from "@/entities/team";
import { userCard } from "@/entities/user";
import { userBoardRow } from "@/features/user-board";
import { PageLayout } from "./layout";

export const documentDetailsPage = gql.default(({ query }) =>
  query("DocumentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    user(id: $id) {
      ...${($) => userBoardRow.spread({ first: $.first })}
    }
    teamList(first: $first) { ...${teamCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function DocumentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Document details">
      <section data-id={id}>{/* rendered from DocumentDetailsPage */}</section>
    </PageLayout>
  );
}
