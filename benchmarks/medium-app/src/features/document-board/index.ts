export * from "./fragments";
export * from "./queries";
export { DocumentBoardView } from "./components/DocumentBoardView";
