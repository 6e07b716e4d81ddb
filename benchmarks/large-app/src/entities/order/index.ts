export * from "./fragments";
export * from "./types";
export { formatOrder, orderLabel } from "./format";
