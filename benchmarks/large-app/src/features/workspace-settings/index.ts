export * from "./fragments";
export * from "./queries";
export { WorkspaceSettingsView } from "./components/WorkspaceSettingsView";
