import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { releaseBoardRow } from "@/features/release-board";
import { PageLayout } from "./layout";

export const releaseOverviewPage = gql.default(({ query }) =>
  query("ReleaseOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    release(id: $id) {
      ...${($) => releaseBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReleaseOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Release overview">
      <section data-id={id}>{/* rendered from ReleaseOverviewPage */}</section>
    </PageLayout>
  );
}
