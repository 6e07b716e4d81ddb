export * from "./fragments";
export * from "./queries";
export { OrderBoardView } from "./components/OrderBoardView";
