export * from "./fragments";
export * from "./queries";
export { ProjectSettingsView } from "./components/ProjectSettingsView";
