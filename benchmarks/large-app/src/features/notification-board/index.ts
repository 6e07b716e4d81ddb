export * from "./fragments";
export * from "./queries";
export { NotificationBoardView } from "./components/NotificationBoardView";
