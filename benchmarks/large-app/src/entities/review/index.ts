export * from "./fragments";
export * from "./types";
export { formatReview, reviewLabel } from "./format";
