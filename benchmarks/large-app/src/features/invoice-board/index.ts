export * from "./fragments";
export * from "./queries";
export { InvoiceBoardView } from "./components/InvoiceBoardView";
