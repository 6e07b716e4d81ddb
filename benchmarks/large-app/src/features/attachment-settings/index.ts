export * from "./fragments";
export * from "./queries";
export { AttachmentSettingsView } from "./components/AttachmentSettingsView";
