export * from "./fragments";
export * from "./queries";
export { UserSettingsView } from "./components/UserSettingsView";
