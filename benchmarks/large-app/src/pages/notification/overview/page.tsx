import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { notificationBoardRow } from "@/features/notification-board";
import { PageLayout } from "./layout";

export const notificationOverviewPage = gql.default(({ query }) =>
  query("NotificationOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    notification(id: $id) {
      ...${($) => notificationBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function NotificationOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Notification overview">
      <section data-id={id}>{/* rendered from NotificationOverviewPage */}</section>
    </PageLayout>
  );
}
