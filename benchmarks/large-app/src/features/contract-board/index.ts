export * from "./fragments";
export * from "./queries";
export { ContractBoardView } from "./components/ContractBoardView";
