import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { shipmentBoardRow } from "@/features/shipment-board";
import { PageLayout } from "./layout";

export const shipmentOverviewPage = gql.default(({ query }) =>
  query("ShipmentOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    shipment(id: $id) {
      ...${($) => shipmentBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ShipmentOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Shipment overview">
      <section data-id={id}>{/* rendered from ShipmentOverviewPage */}</section>
    </PageLayout>
  );
}
