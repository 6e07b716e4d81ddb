import { gql } from "@/graphql-system";
import { attachmentSettingsRow } from "./fragments";
import { attachmentCard, attachmentCore } from "@/entities/attachment";
import { budgetCard } from "@/entities/budget";

export const getAttachmentSettings = gql.default(({ query }) =>
  query("GetAttachmentSettings")`($id: ID!, $first: Int = 10) {
    attachment(id: $id) {
      ...${($) => attachmentSettingsRow.spread({ first: $.first })}
    }
    budgetList(first: 5) { ...${budgetCard} }
  }`(),
);

export const listAttachmentSettings = gql.default(({ query }) =>
  query("ListAttachmentSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("attachmentList", { first: $.first, status: $.status })(({ f }) => ({
        ...attachmentCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateAttachmentSettings = gql.default(({ mutation }) =>
  mutation("UpdateAttachmentSettings")`($id: ID!, $input: AttachmentInput!) {
    updateAttachment(id: $id, input: $input) {
      ...${attachmentCore}
      updatedAt
    }
  }`(),
);
