export * from "./fragments";
export * from "./queries";
export { TeamBoardView } from "./components/TeamBoardView";
