import { gql } from "@/graphql-system";
import { attachmentBoardRow } from "./fragments";
import { attachmentCard, attachmentCore } from "@/entities/attachment";
import { budgetCard } from "@/entities/budget";

export const getAttachmentBoard = gql.default(({ query }) =>
  query("GetAttachmentBoard")`($id: ID!, $first: Int = 10) {
    attachment(id: $id) {
      ...${($) => attachmentBoardRow.spread({ first: $.first })}
    }
    budgetList(first: 5) { ...${budgetCard} }
  }`(),
);

export const listAttachmentBoard = gql.default(({ query }) =>
  query("ListAttachmentBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("attachmentList", { first: $.first, status: $.status })(({ f }) => ({
        ...attachmentCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateAttachmentBoard = gql.default(({ mutation }) =>
  mutation("UpdateAttachmentBoard")`($id: ID!, $input: AttachmentInput!) {
    updateAttachment(id: $id, input: $input) {
      ...${attachmentCore}
      updatedAt
    }
  }`(),
);
