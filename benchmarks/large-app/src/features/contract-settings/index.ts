export * from "./fragments";
export * from "./queries";
export { ContractSettingsView } from "./components/ContractSettingsView";
