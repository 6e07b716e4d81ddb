export * from "./fragments";
export * from "./queries";
export { CustomerSettingsView } from "./components/CustomerSettingsView";
