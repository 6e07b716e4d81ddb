import { gql } from "@/graphql-system";
import { customerCore } from "../customer";
import { orderCore } from "../order";
import { userCore } from "../user";

/** What every view of a Invoice shows. */
export const invoiceCore = gql.default(({ fragment }) =>
  fragment("InvoiceCore", "Invoice")`{ id name status }`(),
);

/** A Invoice in lists: the core fields, its owner and when it last changed. */
export const invoiceCard = gql.default(({ fragment }) =>
  fragment("InvoiceCard", "Invoice")`{
    ...${invoiceCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Invoice on its own page; `first` / `after` page through its children. */
export const invoiceDetail = gql.default(({ fragment }) =>
  fragment("InvoiceDetail", "Invoice")`($first: Int, $after: String) {
    ...${invoiceCard}
    createdAt
    tags
    related { ...${customerCore} }
    children(first: $first, after: $after) { ...${orderCore} }
  }`(),
);
