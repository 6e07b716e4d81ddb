import { gql } from "@/graphql-system";
import { notificationBoardRow } from "./fragments";
import { notificationCard, notificationCore } from "@/entities/notification";
import { workspaceCard } from "@/entities/workspace";

export const getNotificationBoard = gql.default(({ query }) =>
  query("GetNotificationBoard")`($id: ID!, $first: Int = 10) {
    notification(id: $id) {
      ...${($) => notificationBoardRow.spread({ first: $.first })}
    }
    workspaceList(first: 5) { ...${workspaceCard} }
  }`(),
);

export const listNotificationBoard = gql.default(({ query }) =>
  query("ListNotificationBoard")`($first: Int, $after: String, $status: Status) {
    notificationList(first: $first, after: $after, status: $status) {
      ...${notificationCard}
    }
  }`(),
);

export const updateNotificationBoard = gql.default(({ mutation }) =>
  mutation("UpdateNotificationBoard")`($id: ID!, $input: NotificationInput!) {
    updateNotification(id: $id, input: $input) {
      ...${notificationCore}
      updatedAt
    }
  }`(),
);
