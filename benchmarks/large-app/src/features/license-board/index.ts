export * from "./fragments";
export * from "./queries";
export { LicenseBoardView } from "./components/LicenseBoardView";
