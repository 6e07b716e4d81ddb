import { gql } from "@/graphql-system";
import { attachmentDetail } from "@/entities/attachment";
import { sprintCard } from "@/entities/sprint";

/** One row of the attachmentSettings screen. */
export const attachmentSettingsRow = gql.default(({ fragment }) =>
  fragment("AttachmentSettingsRow", "Attachment")`($first: Int) {
    ...${($) => attachmentDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${sprintCard} }
  }`(),
);
