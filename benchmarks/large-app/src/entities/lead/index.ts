export * from "./fragments";
export * from "./types";
export { formatLead, leadLabel } from "./format";
