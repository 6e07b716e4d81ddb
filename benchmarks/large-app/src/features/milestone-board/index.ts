export * from "./fragments";
export * from "./queries";
export { MilestoneBoardView } from "./components/MilestoneBoardView";
