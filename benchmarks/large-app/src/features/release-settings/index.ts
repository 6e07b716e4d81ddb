export * from "./fragments";
export * from "./queries";
export { ReleaseSettingsView } from "./components/ReleaseSettingsView";
