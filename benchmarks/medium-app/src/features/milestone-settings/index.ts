export * from "./fragments";
export * from "./queries";
export { MilestoneSettingsView } from "./components/MilestoneSettingsView";
