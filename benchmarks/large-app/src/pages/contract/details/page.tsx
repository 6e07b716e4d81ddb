import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { contractSettingsRow } from "@/features/contract-settings";
import { PageLayout } from "./layout";

export const contractDetailsPage = gql.default(({ query }) =>
  query("ContractDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    contract(id: $id) {
      ...${($) => contractSettingsRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ContractDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Contract details">
      <section data-id={id}>{/* rendered from ContractDetailsPage */}</section>
    </PageLayout>
  );
}
