export * from "./fragments";
export * from "./queries";
export { ShipmentSettingsView } from "./components/ShipmentSettingsView";
