import { gql } from "@/graphql-system";
import { documentSettingsRow } from "./fragments";
import { documentCard, documentCore } from "@/entities/document";
import { reviewCard } from "@/entities/review";

export const getDocumentSettings = gql.default(({ query }) =>
  query("GetDocumentSettings")`($id: ID!, $first: Int = 10) {
    document(id: $id) {
      ...${($) => documentSettingsRow.spread({ first: $.first })}
    }
    reviewList(first: 5) { ...${reviewCard} }
  }`(),
);

export const listDocumentSettings = gql.default(({ query }) =>
  query("ListDocumentSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("documentList", { first: $.first, status: $.status })(({ f }) => ({
        ...documentCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateDocumentSettings = gql.default(({ mutation }) =>
  mutation("UpdateDocumentSettings")`($id: ID!, $input: DocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...${documentCore}
      updatedAt
    }
  }`(),
);
