export * from "./fragments";
export * from "./types";
export { formatAccount, accountLabel } from "./format";
