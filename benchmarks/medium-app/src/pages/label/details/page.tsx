import { gql } from "@/graphql-system";
import { taskCard } from "@/entities/task";
import { userCard } from "@/entities/user";
import { labelSettingsRow } from "@/features/label-settings";
import { PageLayout } from "./layout";

export const labelDetailsPage = gql.default(({ query }) =>
  query("LabelDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    label(id: $id) {
      ...${($) => labelSettingsRow.spread({ first: $.first })}
    }
    taskList(first: $first) { ...${taskCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LabelDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Label details">
      <section data-id={id}>{/* rendered from LabelDetailsPage */}</section>
    </PageLayout>
  );
}
