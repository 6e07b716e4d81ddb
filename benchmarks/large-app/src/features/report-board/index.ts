export * from "./fragments";
export * from "./queries";
export { ReportBoardView } from "./components/ReportBoardView";
