export * from "./fragments";
export * from "./types";
export { formatIncident, incidentLabel } from "./format";
