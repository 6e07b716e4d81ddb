import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { documentBoardRow } from "@/features/document-board";
import { PageLayout } from "./layout";

export const reportDetailsPage = gql.default(({ query }) =>
  query("ReportDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    document(id: $id) {
      ...${($) => documentBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ReportDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Report details">
      <section data-id={id}>{/* rendered from ReportDetailsPage */}</section>
    </PageLayout>
  );
}
