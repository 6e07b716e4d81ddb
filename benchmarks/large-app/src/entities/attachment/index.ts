export * from "./fragments";
export * from "./types";
export { formatAttachment, attachmentLabel } from "./format";
