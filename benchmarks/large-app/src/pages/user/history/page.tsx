import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { releaseBoardRow } from "@/features/release-board";
import { PageLayout } from "./layout";

export const userHistoryPage = gql.default(({ query }) =>
  query("UserHistoryPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    release(id: $id) {
      ...${($) => releaseBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function UserHistory({ id }: { id: string }) {
  return (
    <PageLayout title="User history">
      <section data-id={id}>{/* rendered from UserHistoryPage */}</section>
    </PageLayout>
  );
}
