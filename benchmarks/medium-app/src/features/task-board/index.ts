export * from "./fragments";
export * from "./queries";
export { TaskBoardView } from "./components/TaskBoardView";
