import { gql } from "@/graphql-system";
import { meetingCore } from "../meeting";
import { messageCore } from "../message";
import { userCore } from "../user";

/** What every view of a Channel shows. */
export const channelCore = gql.default(({ fragment }) =>
  fragment("ChannelCore", "Channel")`{ id name status }`(),
);

/** A Channel in lists: the core fields, its owner and when it last changed. */
export const channelCard = gql.default(({ fragment }) =>
  fragment("ChannelCard", "Channel")`{
    ...${channelCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Channel on its own page; `first` / `after` page through its children. */
export const channelDetail = gql.default(({ fragment }) =>
  fragment("ChannelDetail", "Channel")`($first: Int, $after: String) {
    ...${channelCard}
    createdAt
    tags
    related { ...${messageCore} }
    children(first: $first, after: $after) { ...${meetingCore} }
  }`(),
);
