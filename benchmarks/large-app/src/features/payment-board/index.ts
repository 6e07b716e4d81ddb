export * from "./fragments";
export * from "./queries";
export { PaymentBoardView } from "./components/PaymentBoardView";
