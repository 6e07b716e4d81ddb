import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { labelBoardRow } from "@/features/label-board";
import { PageLayout } from "./layout";

export const userHistoryPage = gql.default(({ query }) =>
  query("UserHistoryPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    label(id: $id) {
      ...${($) => labelBoardRow.spread({ first: $.first })}
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
