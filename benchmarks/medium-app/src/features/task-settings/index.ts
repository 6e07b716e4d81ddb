export * from "./fragments";
export * from "./queries";
export { TaskSettingsView } from "./components/TaskSettingsView";
