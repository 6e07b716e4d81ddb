export * from "./fragments";
export * from "./queries";
export { BudgetBoardView } from "./components/BudgetBoardView";
