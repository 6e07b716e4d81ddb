import { gql } from "@/graphql-system";
import { shipmentCard } from "@/entities/shipment";
import { userCard } from "@/entities/user";
import { contractBoardRow } from "@/features/contract-board";
import { PageLayout } from "./layout";

export const contractOverviewPage = gql.default(({ query }) =>
  query("ContractOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    contract(id: $id) {
      ...${($) => contractBoardRow.spread({ first: $.first })}
    }
    shipmentList(first: $first) { ...${shipmentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ContractOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Contract overview">
      <section data-id={id}>{/* rendered from ContractOverviewPage */}</section>
    </PageLayout>
  );
}
