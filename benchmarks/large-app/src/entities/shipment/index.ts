export * from "./fragments";
export * from "./types";
export { formatShipment, shipmentLabel } from "./format";
