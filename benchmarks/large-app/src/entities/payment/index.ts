export * from "./fragments";
export * from "./types";
export { formatPayment, paymentLabel } from "./format";
