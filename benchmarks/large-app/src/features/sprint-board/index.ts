export * from "./fragments";
export * from "./queries";
export { SprintBoardView } from "./components/SprintBoardView";
