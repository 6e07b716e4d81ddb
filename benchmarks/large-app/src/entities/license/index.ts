export * from "./fragments";
export * from "./types";
export { formatLicense, licenseLabel } from "./format";
