export * from "./fragments";
export * from "./queries";
export { PaymentSettingsView } from "./components/PaymentSettingsView";
