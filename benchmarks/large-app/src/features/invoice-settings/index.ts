export * from "./fragments";
export * from "./queries";
export { InvoiceSettingsView } from "./components/InvoiceSettingsView";
