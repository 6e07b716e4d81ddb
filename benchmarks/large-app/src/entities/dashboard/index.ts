export * from "./fragments";
export * from "./types";
export { formatDashboard, dashboardLabel } from "./format";
