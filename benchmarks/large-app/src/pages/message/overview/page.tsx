import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { messageBoardRow } from "@/features/message-board";
import { PageLayout } from "./layout";

export const messageOverviewPage = gql.default(({ query }) =>
  query("MessageOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    message(id: $id) {
      ...${($) => messageBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MessageOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Message overview">
      <section data-id={id}>{/* rendered from MessageOverviewPage */}</section>
    </PageLayout>
  );
}
