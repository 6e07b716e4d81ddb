export * from "./fragments";
export * from "./types";
export { formatCampaign, campaignLabel } from "./format";
