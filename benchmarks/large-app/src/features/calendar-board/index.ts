export * from "./fragments";
export * from "./queries";
export { CalendarBoardView } from "./components/CalendarBoardView";
