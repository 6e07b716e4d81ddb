import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { taskBoardRow } from "@/features/task-board";
import { PageLayout } from "./layout";

export const taskOverviewPage = gql.default(({ query }) =>
  query("TaskOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TaskOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Task overview">
      <section data-id={id}>{/* rendered from TaskOverviewPage */}</section>
    </PageLayout>
  );
}
