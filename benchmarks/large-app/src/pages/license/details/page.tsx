import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { workspaceBoardRow } from "@/features/workspace-board";
import { PageLayout } from "./layout";

export const licenseDetailsPage = gql.default(({ query }) =>
  query("LicenseDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    workspace(id: $id) {
      ...${($) => workspaceBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LicenseDetails({ id }: { id: string }) {
  return (
    <PageLayout title="License details">
      <section data-id={id}>{/* rendered from LicenseDetailsPage */}</section>
    </PageLayout>
  );
}
