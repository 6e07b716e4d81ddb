export * from "./fragments";
export * from "./types";
export { formatCalendar, calendarLabel } from "./format";
