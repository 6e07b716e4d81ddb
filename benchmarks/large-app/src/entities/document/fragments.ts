import { gql } from "@/graphql-system";
import { customerCore } from "../customer";
import { invoiceCore } from "../invoice";
import { userCore } from "../user";

/** What every view of a Document shows. */
export const documentCore = gql.default(({ fragment }) =>
  fragment("DocumentCore", "Document")`{ id name status }`(),
);

/** A Document in lists: the core fields, its owner and when it last changed. */
export const documentCard = gql.default(({ fragment }) =>
  fragment("DocumentCard", "Document")`{
    ...${documentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Document on its own page; `first` / `after` page through its children. */
export const documentDetail = gql.default(({ fragment }) =>
  fragment("DocumentDetail", "Document")`($first: Int, $after: String) {
    ...${documentCard}
    createdAt
    tags
    related { ...${invoiceCore} }
    children(first: $first, after: $after) { ...${customerCore} }
  }`(),
);
