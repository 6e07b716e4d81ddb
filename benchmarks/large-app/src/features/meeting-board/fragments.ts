import { gql } from "@/graphql-system";
import { calendarCard } from "@/entities/calendar";
import { meetingDetail } from "@/entities/meeting";

/** One row of the meetingBoard screen. */
export const meetingBoardRow = gql.default(({ fragment }) =>
  fragment("MeetingBoardRow", "Meeting")`($first: Int) {
    ...${($) => meetingDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${calendarCard} }
  }`(),
);
