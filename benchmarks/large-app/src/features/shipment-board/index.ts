export * from "./fragments";
export * from "./queries";
export { ShipmentBoardView } from "./components/ShipmentBoardView";
