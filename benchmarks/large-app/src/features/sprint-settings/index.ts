export * from "./fragments";
export * from "./queries";
export { SprintSettingsView } from "./components/SprintSettingsView";
