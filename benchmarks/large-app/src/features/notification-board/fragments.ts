import { gql } from "@/graphql-system";
import { notificationDetail } from "@/entities/notification";
import { workspaceCard } from "@/entities/workspace";

/** One row of the notificationBoard screen. */
export const notificationBoardRow = gql.default(({ fragment }) =>
  fragment("NotificationBoardRow", "Notification")`($first: Int) {
    ...${($) => notificationDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${workspaceCard} }
  }`(),
);
