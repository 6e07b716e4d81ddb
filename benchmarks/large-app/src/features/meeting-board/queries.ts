import { gql } from "@/graphql-system";
import { meetingBoardRow } from "./fragments";
import { meetingCard, meetingCore } from "@/entities/meeting";
import { teamCard } from "@/entities/team";

export const getMeetingBoard = gql.default(({ query }) =>
  query("GetMeetingBoard")`($id: ID!, $first: Int = 10) {
    meeting(id: $id) {
      ...${($) => meetingBoardRow.spread({ first: $.first })}
    }
    teamList(first: 5) { ...${teamCard} }
  }`(),
);

export const listMeetingBoard = gql.default(({ query }) =>
  query("ListMeetingBoard")`($first: Int, $after: String, $status: Status) {
    meetingList(first: $first, after: $after, status: $status) {
      ...${meetingCard}
    }
  }`(),
);

export const updateMeetingBoard = gql.default(({ mutation }) =>
  mutation("UpdateMeetingBoard")`($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      ...${meetingCore}
      updatedAt
    }
  }`(),
);
