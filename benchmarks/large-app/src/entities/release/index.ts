export * from "./fragments";
export * from "./types";
export { formatRelease, releaseLabel } from "./format";
