export * from "./fragments";
export * from "./queries";
export { ReviewBoardView } from "./components/ReviewBoardView";
