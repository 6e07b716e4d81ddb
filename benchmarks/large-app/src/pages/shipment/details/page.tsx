import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { shipmentSettingsRow } from "@/features/shipment-settings";
import { PageLayout } from "./layout";

export const shipmentDetailsPage = gql.default(({ query }) =>
  query("ShipmentDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    shipment(id: $id) {
      ...${($) => shipmentSettingsRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ShipmentDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Shipment details">
      <section data-id={id}>{/* rendered from ShipmentDetailsPage */}</section>
    </PageLayout>
  );
}
