export * from "./fragments";
export * from "./queries";
export { IncidentBoardView } from "./components/IncidentBoardView";
