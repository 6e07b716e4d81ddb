export * from "./fragments";
export * from "./types";
export { formatBudget, budgetLabel } from "./format";
