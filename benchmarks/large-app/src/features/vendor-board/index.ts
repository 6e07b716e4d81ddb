export * from "./fragments";
export * from "./queries";
export { VendorBoardView } from "./components/VendorBoardView";
