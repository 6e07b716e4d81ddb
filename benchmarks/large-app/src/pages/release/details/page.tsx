import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { releaseSettingsRow } from "@/features/release-settings";
import { PageLayout } from "./layout";

export const releaseDetailsPage = gql.default(({ query }) =>
  query("ReleaseDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    release(id: $id) {
      ...${($) => releaseSettingsRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReleaseDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Release details">
      <section data-id={id}>{/* rendered from ReleaseDetailsPage */}</section>
    </PageLayout>
  );
}
