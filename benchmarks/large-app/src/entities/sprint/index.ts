export * from "./fragments";
export * from "./types";
export { formatSprint, sprintLabel } from "./format";
