export * from "./fragments";
export * from "./types";
export { formatChannel, channelLabel } from "./format";
