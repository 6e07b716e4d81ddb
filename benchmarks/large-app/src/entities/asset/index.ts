export * from "./fragments";
export * from "./types";
export { formatAsset, assetLabel } from "./format";
