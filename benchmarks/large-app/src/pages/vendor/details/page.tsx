import { gql } from "@/graphql-system";
import { licenseCard } from "@/entities/license";
import { userCard } from "@/entities/user";
import { sprintBoardRow } from "@/features/sprint-board";
import { PageLayout } from "./layout";

export const vendorDetailsPage = gql.default(({ query }) =>
  query("VendorDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    sprint(id: $id) {
      ...${($) => sprintBoardRow.spread({ first: $.first })}
    }
    licenseList(first: $first) { ...${licenseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function VendorDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Vendor details">
      <section data-id={id}>{/* rendered from VendorDetailsPage */}</section>
    </PageLayout>
  );
}
