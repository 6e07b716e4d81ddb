export * from "./fragments";
export * from "./queries";
export { WorkspaceBoardView } from "./components/WorkspaceBoardView";
