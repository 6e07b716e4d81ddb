import { gql } from "@/graphql-system";
import { assetCore } from "../asset";
import { calendarCore } from "../calendar";
import { userCore } from "../user";

/** What every view of a Meeting shows. */
export const meetingCore = gql.default(({ fragment }) =>
  fragment("MeetingCore", "Meeting")`{ id name status }`(),
);

/** A Meeting in lists: the core fields, its owner and when it last changed. */
export const meetingCard = gql.default(({ fragment }) =>
  fragment("MeetingCard", "Meeting")`{
    ...${meetingCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Meeting on its own page; `first` / `after` page through its children. */
export const meetingDetail = gql.default(({ fragment }) =>
  fragment("MeetingDetail", "Meeting")`($first: Int, $after: String) {
    ...${meetingCard}
    createdAt
    tags
    related { ...${calendarCore} }
    children(first: $first, after: $after) { ...${assetCore} }
  }`(),
);
