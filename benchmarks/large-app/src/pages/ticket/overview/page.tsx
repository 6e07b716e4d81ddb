import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { ticketBoardRow } from "@/features/ticket-board";
import { PageLayout } from "./layout";

export const ticketOverviewPage = gql.default(({ query }) =>
  query("TicketOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    ticket(id: $id) {
      ...${($) => ticketBoardRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TicketOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Ticket overview">
      <section data-id={id}>{/* rendered from TicketOverviewPage */}</section>
    </PageLayout>
  );
}
