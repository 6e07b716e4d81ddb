export * from "./fragments";
export * from "./types";
export { formatPlan, planLabel } from "./format";
