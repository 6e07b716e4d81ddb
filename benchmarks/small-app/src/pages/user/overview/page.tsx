import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { userBoardRow } from "@/features/user-board";
import { PageLayout } from "./layout";

export const userOverviewPage = gql.default(({ query }) =>
  query("UserOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    user(id: $id) {
      ...${($) => userBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function UserOverview({ id }: { id: string }) {
  return (
    <PageLayout title="User overview">
      <section data-id={id}>{/* rendered from UserOverviewPage */}</section>
    </PageLayout>
  );
}
