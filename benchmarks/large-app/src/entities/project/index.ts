export * from "./fragments";
export * from "./types";
export { formatProject, projectLabel } from "./format";
