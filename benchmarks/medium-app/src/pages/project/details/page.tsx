import { gql } from "@/graphql-system";
import { userCard } from "@/entities/user";
import { projectSettingsRow } from "@/features/project-settings";
import { PageLayout } from "./layout";

export const projectDetailsPage = gql.default(({ query }) =>
  query("ProjectDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    project(id: $id) {
      ...${($) => projectSettingsRow.spread({ first: $.first })}
    }
    userList(first: $first) { ...${userCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ProjectDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Project details">
      <section data-id={id}>{/* rendered from ProjectDetailsPage */}</section>
    </PageLayout>
  );
}
