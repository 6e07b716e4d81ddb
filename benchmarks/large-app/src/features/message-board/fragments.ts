import { gql } from "@/graphql-system";
import { meetingCard } from "@/entities/meeting";
import { messageDetail } from "@/entities/message";

/** One row of the messageBoard screen. */
export const messageBoardRow = gql.default(({ fragment }) =>
  fragment("MessageBoardRow", "Message")`($first: Int) {
    ...${($) => messageDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${meetingCard} }
  }`(),
);
