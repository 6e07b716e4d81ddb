export * from "./fragments";
export * from "./types";
export { formatTeam, teamLabel } from "./format";
