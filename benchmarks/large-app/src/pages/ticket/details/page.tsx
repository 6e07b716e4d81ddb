import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { userCard } from "@/entities/user";
import { ticketSettingsRow } from "@/features/ticket-settings";
import { PageLayout } from "./layout";

export const ticketDetailsPage = gql.default(({ query }) =>
  query("TicketDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    ticket(id: $id) {
      ...${($) => ticketSettingsRow.spread({ first: $.first })}
    }
    releaseList(first: $first) { ...${releaseCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function TicketDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Ticket details">
      <section data-id={id}>{/* rendered from TicketDetailsPage */}</section>
    </PageLayout>
  );
}
