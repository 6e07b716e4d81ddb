import { gql } from "@/graphql-system";
import { messageBoardRow } from "./fragments";
import { meetingCard } from "@/entities/meeting";
import { messageCard, messageCore } from "@/entities/message";

export const getMessageBoard = gql.default(({ query }) =>
  query("GetMessageBoard")`($id: ID!, $first: Int = 10) {
    message(id: $id) {
      ...${($) => messageBoardRow.spread({ first: $.first })}
    }
    meetingList(first: 5) { ...${meetingCard} }
  }`(),
);

export const listMessageBoard = gql.default(({ query }) =>
  query("ListMessageBoard")`($first: Int, $after: String, $status: Status) {
    messageList(first: $first, after: $after, status: $status) {
      ...${messageCard}
    }
  }`(),
);

export const updateMessageBoard = gql.default(({ mutation }) =>
  mutation("UpdateMessageBoard")`($id: ID!, $input: MessageInput!) {
    updateMessage(id: $id, input: $input) {
      ...${messageCore}
      updatedAt
    }
  }`(),
);
