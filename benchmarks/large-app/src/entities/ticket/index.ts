export * from "./fragments";
export * from "./types";
export { formatTicket, ticketLabel } from "./format";
