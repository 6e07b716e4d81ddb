import { gql } from "@/graphql-system";
import { reviewCard } from "@/entities/review";
import { userCard } from "@/entities/user";
import { ticketBoardRow } from "@/features/ticket-board";
import { PageLayout } from "./layout";

export const projectHistoryPage = gql.default(({ query }) =>
  query("ProjectHistoryPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    ticket(id: $id) {
      ...${($) => ticketBoardRow.spread({ first: $.first })}
    }
    reviewList(first: $first) { ...${reviewCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ProjectHistory({ id }: { id: string }) {
  return (
    <PageLayout title="Project history">
      <section data-id={id}>{/* rendered from ProjectHistoryPage */}</section>
    </PageLayout>
  );
}
