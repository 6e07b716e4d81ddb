import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { taskBoardRow } from "@/features/task-board";
import { PageLayout } from "./layout";

export const leadDetailsPage = gql.default(({ query }) =>
  query("LeadDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function LeadDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Lead details">
      <section data-id={id}>{/* rendered from LeadDetailsPage */}</section>
    </PageLayout>
  );
}
