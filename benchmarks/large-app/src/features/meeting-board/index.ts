export * from "./fragments";
export * from "./queries";
export { MeetingBoardView } from "./components/MeetingBoardView";
