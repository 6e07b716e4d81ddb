export * from "./fragments";
export * from "./types";
export { formatUser, userLabel } from "./format";
