import { gql } from "@/graphql-system";
import { documentCard } from "@/entities/document";
import { userCard } from "@/entities/user";
import { orderBoardRow } from "@/features/order-board";
import { PageLayout } from "./layout";

export const messageDetailsPage = gql.default(({ query }) =>
  query("MessageDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    order(id: $id) {
      ...${($) => orderBoardRow.spread({ first: $.first })}
    }
    documentList(first: $first) { ...${documentCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function MessageDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Message details">
      <section data-id={id}>{/* rendered from MessageDetailsPage */}</section>
    </PageLayout>
  );
}
