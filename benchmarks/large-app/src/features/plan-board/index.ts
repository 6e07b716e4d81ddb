export * from "./fragments";
export * from "./queries";
export { PlanBoardView } from "./components/PlanBoardView";
