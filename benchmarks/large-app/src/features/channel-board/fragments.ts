import { gql } from "@/graphql-system";
import { channelDetail } from "@/entities/channel";
import { messageCard } from "@/entities/message";

/** One row of the channelBoard screen. */
export const channelBoardRow = gql.default(({ fragment }) =>
  fragment("ChannelBoardRow", "Channel")`($first: Int) {
    ...${($) => channelDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${messageCard} }
  }`(),
);
