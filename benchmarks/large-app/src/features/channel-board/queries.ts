import { gql } from "@/graphql-system";
import { channelBoardRow } from "./fragments";
import { accountCard } from "@/entities/account";
import { channelCard, channelCore } from "@/entities/channel";

export const getChannelBoard = gql.default(({ query }) =>
  query("GetChannelBoard")`($id: ID!, $first: Int = 10) {
    channel(id: $id) {
      ...${($) => channelBoardRow.spread({ first: $.first })}
    }
    accountList(first: 5) { ...${accountCard} }
  }`(),
);

export const listChannelBoard = gql.default(({ query }) =>
  query("ListChannelBoard")`($first: Int, $after: String, $status: Status) {
    channelList(first: $first, after: $after, status: $status) {
      ...${channelCard}
    }
  }`(),
);

export const updateChannelBoard = gql.default(({ mutation }) =>
  mutation("UpdateChannelBoard")`($id: ID!, $input: ChannelInput!) {
    updateChannel(id: $id, input: $input) {
      ...${channelCore}
      updatedAt
    }
  }`(),
);
