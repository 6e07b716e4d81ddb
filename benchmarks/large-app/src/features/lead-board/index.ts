export * from "./fragments";
export * from "./queries";
export { LeadBoardView } from "./components/LeadBoardView";
