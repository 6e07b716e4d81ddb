import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { notificationBoardRow } from "@/features/notification-board";
import { PageLayout } from "./layout";

export const assetDetailsPage = gql.default(({ query }) =>
  query("AssetDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    notification(id: $id) {
      ...${($) => notificationBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AssetDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Asset details">
      <section data-id={id}>{/* rendered from AssetDetailsPage */}</section>
    </PageLayout>
  );
}
