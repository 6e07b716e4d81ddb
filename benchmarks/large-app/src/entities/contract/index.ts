export * from "./fragments";
export * from "./types";
export { formatContract, contractLabel } from "./format";
