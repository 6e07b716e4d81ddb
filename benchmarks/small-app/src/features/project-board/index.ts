export * from "./fragments";
export * from "./queries";
export { ProjectBoardView } from "./components/ProjectBoardView";
