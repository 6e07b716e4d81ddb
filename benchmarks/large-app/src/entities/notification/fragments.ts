import { gql } from "@/graphql-system";
import { attachmentCore } from "../attachment";
import { userCore } from "../user";
import { workspaceCore } from "../workspace";

/** What every view of a Notification shows. */
export const notificationCore = gql.default(({ fragment }) =>
  fragment("NotificationCore", "Notification")`{ id name status }`(),
);

/** A Notification in lists: the core fields, its owner and when it last changed. */
export const notificationCard = gql.default(({ fragment }) =>
  fragment("NotificationCard", "Notification")`{
    ...${notificationCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Notification on its own page; `first` / `after` page through its children. */
export const notificationDetail = gql.default(({ fragment }) =>
  fragment("NotificationDetail", "Notification")`($first: Int, $after: String) {
    ...${notificationCard}
    createdAt
    tags
    related { ...${workspaceCore} }
    children(first: $first, after: $after) { ...${attachmentCore} }
  }`(),
);
