export * from "./fragments";
export * from "./queries";
export { ProductSettingsView } from "./components/ProductSettingsView";
