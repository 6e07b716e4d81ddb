export * from "./fragments";
export * from "./types";
export { formatWarehouse, warehouseLabel } from "./format";
