export * from "./fragments";
export * from "./types";
export { formatLabel, labelLabel } from "./format";
