export * from "./fragments";
export * from "./queries";
export { CampaignBoardView } from "./components/CampaignBoardView";
