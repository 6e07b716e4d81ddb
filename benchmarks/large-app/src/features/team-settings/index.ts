export * from "./fragments";
export * from "./queries";
export { TeamSettingsView } from "./components/TeamSettingsView";
