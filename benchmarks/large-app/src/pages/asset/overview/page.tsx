import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { assetBoardRow } from "@/features/asset-board";
import { PageLayout } from "./layout";

export const assetOverviewPage = gql.default(({ query }) =>
  query("AssetOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    asset(id: $id) {
      ...${($) => assetBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AssetOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Asset overview">
      <section data-id={id}>{/* rendered from AssetOverviewPage */}</section>
    </PageLayout>
  );
}
