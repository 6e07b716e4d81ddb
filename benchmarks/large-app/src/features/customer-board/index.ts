export * from "./fragments";
export * from "./queries";
export { CustomerBoardView } from "./components/CustomerBoardView";
