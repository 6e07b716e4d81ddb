export * from "./fragments";
export * from "./queries";
export { IncidentSettingsView } from "./components/IncidentSettingsView";
