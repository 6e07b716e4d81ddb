export * from "./fragments";
export * from "./queries";
export { AttachmentBoardView } from "./components/AttachmentBoardView";
