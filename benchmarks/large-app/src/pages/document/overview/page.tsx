import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { documentBoardRow } from "@/features/document-board";
import { PageLayout } from "./layout";

export const documentOverviewPage = gql.default(({ query }) =>
  query("DocumentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    document(id: $id) {
      ...${($) => documentBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function DocumentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Document overview">
      <section data-id={id}>{/* rendered from DocumentOverviewPage */}</section>
    </PageLayout>
  );
}
