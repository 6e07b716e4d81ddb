import { gql } from "@/graphql-system";
import { assetCard } from "@/entities/asset";
import { calendarDetail } from "@/entities/calendar";

/** One row of the calendarBoard screen. */
export const calendarBoardRow = gql.default(({ fragment }) =>
  fragment("CalendarBoardRow", "Calendar")`($first: Int) {
    ...${($) => calendarDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${assetCard} }
  }`(),
);
