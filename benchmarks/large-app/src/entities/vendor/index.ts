export * from "./fragments";
export * from "./types";
export { formatVendor, vendorLabel } from "./format";
