export * from "./fragments";
export * from "./queries";
export { ChannelBoardView } from "./components/ChannelBoardView";
