export * from "./fragments";
export * from "./types";
export { formatMilestone, milestoneLabel } from "./format";
