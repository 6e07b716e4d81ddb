import { gql } from "@/graphql-system";
import { notificationSettingsRow } from "./fragments";
import { notificationCard, notificationCore } from "@/entities/notification";
import { workspaceCard } from "@/entities/workspace";

export const getNotificationSettings = gql.default(({ query }) =>
  query("GetNotificationSettings")`($id: ID!, $first: Int = 10) {
    notification(id: $id) {
      ...${($) => notificationSettingsRow.spread({ first: $.first })}
    }
    workspaceList(first: 5) { ...${workspaceCard} }
  }`(),
);

export const listNotificationSettings = gql.default(({ query }) =>
  query("ListNotificationSettings")`($first: Int, $after: String, $status: Status) {
    notificationList(first: $first, after: $after, status: $status) {
      ...${notificationCard}
    }
  }`(),
);

export const updateNotificationSettings = gql.default(({ mutation }) =>
  mutation("UpdateNotificationSettings")`($id: ID!, $input: NotificationInput!) {
    updateNotification(id: $id, input: $input) {
      ...${notificationCore}
      updatedAt
    }
  }`(),
);
