import { gql } from "@/graphql-system";
import { releaseCore } from "../release";
import { sprintCore } from "../sprint";
import { userCore } from "../user";

/** What every view of a Attachment shows. */
export const attachmentCore = gql.default(({ fragment }) =>
  fragment("AttachmentCore", "Attachment")`{ id name status }`(),
);

/** A Attachment in lists: the core fields, its owner and when it last changed. */
export const attachmentCard = gql.default(({ fragment }) =>
  fragment("AttachmentCard", "Attachment")`{
    ...${attachmentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Attachment on its own page; `first` / `after` page through its children. */
export const attachmentDetail = gql.default(({ fragment }) =>
  fragment("AttachmentDetail", "Attachment")`($first: Int, $after: String) {
    ...${attachmentCard}
    createdAt
    tags
    related { ...${sprintCore} }
    children(first: $first, after: $after) { ...${releaseCore} }
  }`(),
);
