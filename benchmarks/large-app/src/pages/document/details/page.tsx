import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { documentSettingsRow } from "@/features/document-settings";
import { PageLayout } from "./layout";

export const documentDetailsPage = gql.default(({ query }) =>
  query("DocumentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    document(id: $id) {
      ...${($) => documentSettingsRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function DocumentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Document details">
      <section data-id={id}>{/* rendered from DocumentDetailsPage */}</section>
    </PageLayout>
  );
}
