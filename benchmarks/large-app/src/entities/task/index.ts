export * from "./fragments";
export * from "./types";
export { formatTask, taskLabel } from "./format";
