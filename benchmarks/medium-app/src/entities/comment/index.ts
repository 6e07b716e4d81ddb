export * from "./fragments";
export * from "./types";
export { formatComment, commentLabel } from "./format";
