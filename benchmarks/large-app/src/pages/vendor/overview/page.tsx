import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { vendorBoardRow } from "@/features/vendor-board";
import { PageLayout } from "./layout";

export const vendorOverviewPage = gql.default(({ query }) =>
  query("VendorOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    vendor(id: $id) {
      ...${($) => vendorBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function VendorOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Vendor overview">
      <section data-id={id}>{/* rendered from VendorOverviewPage */}</section>
    </PageLayout>
  );
}
