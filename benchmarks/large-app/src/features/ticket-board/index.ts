export * from "./fragments";
export * from "./queries";
export { TicketBoardView } from "./components/TicketBoardView";
