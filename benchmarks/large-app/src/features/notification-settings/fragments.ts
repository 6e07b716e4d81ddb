import { gql } from "@/graphql-system";
import { notificationDetail } from "@/entities/notification";
import { workspaceCard } from "@/entities/workspace";

/** One row of the notificationSettings screen. */
export const notificationSettingsRow = gql.default(({ fragment }) =>
  fragment("NotificationSettingsRow", "Notification")`($first: Int) {
    ...${($) => notificationDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${workspaceCard} }
  }`(),
);
