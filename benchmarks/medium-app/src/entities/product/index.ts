export * from "./fragments";
export * from "./types";
export { formatProduct, productLabel } from "./format";
