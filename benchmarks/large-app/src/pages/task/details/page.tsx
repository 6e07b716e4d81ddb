import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { taskSettingsRow } from "@/features/task-settings";
import { PageLayout } from "./layout";

export const taskDetailsPage = gql.default(({ query }) =>
  query("TaskDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    task(id: $id) {
      ...${($) => taskSettingsRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TaskDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Task details">
      <section data-id={id}>{/* rendered from TaskDetailsPage */}</section>
    </PageLayout>
  );
}
