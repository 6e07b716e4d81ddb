export * from "./fragments";
export * from "./queries";
export { OrderSettingsView } from "./components/OrderSettingsView";
