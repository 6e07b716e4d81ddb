export * from "./fragments";
export * from "./types";
export { formatExpense, expenseLabel } from "./format";
