import { gql } from "@/graphql-system";
import { attachmentDetail } from "@/entities/attachment";
import { sprintCard } from "@/entities/sprint";

/** One row of the attachmentBoard screen. */
export const attachmentBoardRow = gql.default(({ fragment }) =>
  fragment("AttachmentBoardRow", "Attachment")`($first: Int) {
    ...${($) => attachmentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${sprintCard} }
  }`(),
);
