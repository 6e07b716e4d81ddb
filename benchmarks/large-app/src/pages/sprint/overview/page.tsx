import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { sprintBoardRow } from "@/features/sprint-board";
import { PageLayout } from "./layout";

export const sprintOverviewPage = gql.default(({ query }) =>
  query("SprintOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    sprint(id: $id) {
      ...${($) => sprintBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function SprintOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Sprint overview">
      <section data-id={id}>{/* rendered from SprintOverviewPage */}</section>
    </PageLayout>
  );
}
