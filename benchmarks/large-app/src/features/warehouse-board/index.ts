export * from "./fragments";
export * from "./queries";
export { WarehouseBoardView } from "./components/WarehouseBoardView";
