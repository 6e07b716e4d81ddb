export * from "./fragments";
export * from "./types";
export { formatInvoice, invoiceLabel } from "./format";
