export * from "./fragments";
export * from "./queries";
export { ReleaseBoardView } from "./components/ReleaseBoardView";
