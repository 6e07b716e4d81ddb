export * from "./fragments";
export * from "./types";
export { formatCustomer, customerLabel } from "./format";
