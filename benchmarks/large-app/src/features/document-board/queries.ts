import { gql } from "@/graphql-system";
import { documentBoardRow } from "./fragments";
import { documentCard, documentCore } from "@/entities/document";
import { reviewCard } from "@/entities/review";

export const getDocumentBoard = gql.default(({ query }) =>
  query("GetDocumentBoard")`($id: ID!, $first: Int = 10) {
    document(id: $id) {
      ...${($) => documentBoardRow.spread({ first: $.first })}
    }
    reviewList(first: 5) { ...${reviewCard} }
  }`(),
);

export const listDocumentBoard = gql.default(({ query }) =>
  query("ListDocumentBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("documentList", { first: $.first, status: $.status })(({ f }) => ({
        ...documentCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateDocumentBoard = gql.default(({ mutation }) =>
  mutation("UpdateDocumentBoard")`($id: ID!, $input: DocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...${documentCore}
      updatedAt
    }
  }`(),
);
