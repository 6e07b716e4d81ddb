export * from "./fragments";
export * from "./queries";
export { ReviewSettingsView } from "./components/ReviewSettingsView";
