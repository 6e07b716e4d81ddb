export * from "./fragments";
export * from "./queries";
export { DocumentSettingsView } from "./components/DocumentSettingsView";
