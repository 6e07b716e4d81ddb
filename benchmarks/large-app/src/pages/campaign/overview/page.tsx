import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { campaignBoardRow } from "@/features/campaign-board";
import { PageLayout } from "./layout";

export const campaignOverviewPage = gql.default(({ query }) =>
  query("CampaignOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    campaign(id: $id) {
      ...${($) => campaignBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function CampaignOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Campaign overview">
      <section data-id={id}>{/* rendered from CampaignOverviewPage */}</section>
    </PageLayout>
  );
}
