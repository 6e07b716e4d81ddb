import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { projectBoardRow } from "@/features/project-board";
import { PageLayout } from "./layout";

export const campaignDetailsPage = gql.default(({ query }) =>
  query("CampaignDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    project(id: $id) {
      ...${($) => projectBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CampaignDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Campaign details">
      <section data-id={id}>{/* rendered from CampaignDetailsPage */}</section>
    </PageLayout>
  );
}
