export * from "./fragments";
export * from "./queries";
export { TicketSettingsView } from "./components/TicketSettingsView";
