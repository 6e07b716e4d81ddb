export * from "./fragments";
export * from "./queries";
export { NotificationSettingsView } from "./components/NotificationSettingsView";
