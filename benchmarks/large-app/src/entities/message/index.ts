export * from "./fragments";
export * from "./types";
export { formatMessage, messageLabel } from "./format";
