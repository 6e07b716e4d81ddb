export * from "./fragments";
export * from "./types";
export { formatReport, reportLabel } from "./format";
