export * from "./fragments";
export * from "./types";
export { formatSupplier, supplierLabel } from "./format";
