import { gql } from "@/graphql-system";
import { userCard } from "@/entities/user";
import { projectBoardRow } from "@/features/project-board";
import { PageLayout } from "./layout";

export const projectOverviewPage = gql.default(({ query }) =>
  query("ProjectOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    project(id: $id) {
      ...${($) => projectBoardRow.spread({ first: $.first })}
    }
    userList(first: $first) { ...${userCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ProjectOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Project overview">
      <section data-id={id}>{/* rendered from ProjectOverviewPage */}</section>
    </PageLayout>
  );
}
