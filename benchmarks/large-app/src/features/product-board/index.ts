export * from "./fragments";
export * from "./queries";
export { ProductBoardView } from "./components/ProductBoardView";
