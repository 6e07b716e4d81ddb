import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { licenseBoardRow } from "@/features/license-board";
import { PageLayout } from "./layout";

export const licenseOverviewPage = gql.default(({ query }) =>
  query("LicenseOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    license(id: $id) {
      ...${($) => licenseBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LicenseOverview({ id }: { id: string }) {
  return (
    <PageLayout title="License overview">
      <section data-id={id}>{/* rendered from LicenseOverviewPage */}</section>
    </PageLayout>
  );
}
