export * from "./fragments";
export * from "./queries";
export { AccountBoardView } from "./components/AccountBoardView";
