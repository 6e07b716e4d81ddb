import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { commentBoardRow } from "@/features/comment-board";
import { PageLayout } from "./layout";

export const accountDetailsPage = gql.default(({ query }) =>
  query("AccountDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    comment(id: $id) {
      ...${($) => commentBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function AccountDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Account details">
      <section data-id={id}>{/* rendered from AccountDetailsPage */}</section>
    </PageLayout>
  );
}
