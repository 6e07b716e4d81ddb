export * from "./fragments";
export * from "./types";
export { formatNotification, notificationLabel } from "./format";
