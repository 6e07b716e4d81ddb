export * from "./fragments";
export * from "./types";
export { formatMeeting, meetingLabel } from "./format";
