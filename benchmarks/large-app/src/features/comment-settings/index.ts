export * from "./fragments";
export * from "./queries";
export { CommentSettingsView } from "./components/CommentSettingsView";
