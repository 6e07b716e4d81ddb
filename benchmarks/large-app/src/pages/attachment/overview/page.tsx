import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { attachmentBoardRow } from "@/features/attachment-board";
import { PageLayout } from "./layout";

export const attachmentOverviewPage = gql.default(({ query }) =>
  query("AttachmentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    attachment(id: $id) {
      ...${($) => attachmentBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AttachmentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Attachment overview">
      <section data-id={id}>{/* rendered from AttachmentOverviewPage */}</section>
    </PageLayout>
  );
}
