import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { attachmentSettingsRow } from "@/features/attachment-settings";
import { PageLayout } from "./layout";

export const attachmentDetailsPage = gql.default(({ query }) =>
  query("AttachmentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    attachment(id: $id) {
      ...${($) => attachmentSettingsRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AttachmentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Attachment details">
      <section data-id={id}>{/* rendered from AttachmentDetailsPage */}</section>
    </PageLayout>
  );
}
