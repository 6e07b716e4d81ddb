export * from "./fragments";
export * from "./queries";
export { UserBoardView } from "./components/UserBoardView";
