export * from "./fragments";
export * from "./queries";
export { SupplierBoardView } from "./components/SupplierBoardView";
