export * from "./fragments";
export * from "./queries";
export { MessageBoardView } from "./components/MessageBoardView";
