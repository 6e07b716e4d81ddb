export * from "./fragments";
export * from "./queries";
export { ExpenseBoardView } from "./components/ExpenseBoardView";
