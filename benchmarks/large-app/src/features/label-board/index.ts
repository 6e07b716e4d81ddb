export * from "./fragments";
export * from "./queries";
export { LabelBoardView } from "./components/LabelBoardView";
