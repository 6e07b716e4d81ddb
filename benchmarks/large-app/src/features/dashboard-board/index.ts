export * from "./fragments";
export * from "./queries";
export { DashboardBoardView } from "./components/DashboardBoardView";
