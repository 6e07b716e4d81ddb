import { gql } from "@/graphql-system";
import { labelCard } from "@/entities/label";
import { userCard } from "@/entities/user";
import { taskBoardRow } from "@/features/task-board";
import { PageLayout } from "./layout";

export const taskOverviewPage = gql.default(({ query }) =>
  query("TaskOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    labelList(first: $first) { ...${labelCard} }
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
