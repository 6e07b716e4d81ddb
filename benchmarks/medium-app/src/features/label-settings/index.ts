export * from "./fragments";
export * from "./queries";
export { LabelSettingsView } from "./components/LabelSettingsView";
