export * from "./fragments";
export * from "./queries";
export { AssetBoardView } from "./components/AssetBoardView";
