import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { notificationSettingsRow } from "@/features/notification-settings";
import { PageLayout } from "./layout";

export const notificationDetailsPage = gql.default(({ query }) =>
  query("NotificationDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    notification(id: $id) {
      ...${($) => notificationSettingsRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function NotificationDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Notification details">
      <section data-id={id}>{/* rendered from NotificationDetailsPage */}</section>
    </PageLayout>
  );
}
