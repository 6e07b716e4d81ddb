export * from "./fragments";
export * from "./queries";
export { CommentBoardView } from "./components/CommentBoardView";
