import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { sprintSettingsRow } from "@/features/sprint-settings";
import { PageLayout } from "./layout";

export const sprintDetailsPage = gql.default(({ query }) =>
  query("SprintDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    sprint(id: $id) {
      ...${($) => sprintSettingsRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function SprintDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Sprint details">
      <section data-id={id}>{/* rendered from SprintDetailsPage */}</section>
    </PageLayout>
  );
}
