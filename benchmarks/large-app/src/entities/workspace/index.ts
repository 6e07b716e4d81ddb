export * from "./fragments";
export * from "./types";
export { formatWorkspace, workspaceLabel } from "./format";
