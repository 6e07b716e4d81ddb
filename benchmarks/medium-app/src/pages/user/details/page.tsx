import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { userSettingsRow } from "@/features/user-settings";
import { PageLayout } from "./layout";

export const userDetailsPage = gql.default(({ query }) =>
  query("UserDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    user(id: $id) {
      ...${($) => userSettingsRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function UserDetails({ id }: { id: string }) {
  return (
    <PageLayout title="User details">
      <section data-id={id}>{/* rendered from UserDetailsPage */}</section>
    </PageLayout>
  );
}
