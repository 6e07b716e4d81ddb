export * from "./fragments";
export * from "./types";
export { formatDocument, documentLabel } from "./format";
