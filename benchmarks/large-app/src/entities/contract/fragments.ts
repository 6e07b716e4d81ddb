import { gql } from "@/graphql-system";
import { paymentCore } from "../payment";
import { shipmentCore } from "../shipment";
import { userCore } from "../user";

/** What every view of a Contract shows. */
export const contractCore = gql.default(({ fragment }) =>
  fragment("ContractCore", "Contract")`{ id name status }`(),
);

/** A Contract in lists: the core fields, its owner and when it last changed. */
export const contractCard = gql.default(({ fragment }) =>
  fragment("ContractCard", "Contract")`{
    ...${contractCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Contract on its own page; `first` / `after` page through its children. */
export const contractDetail = gql.default(({ fragment }) =>
  fragment("ContractDetail", "Contract")`($first: Int, $after: String) {
    ...${contractCard}
    createdAt
    tags
    related { ...${paymentCore} }
    children(first: $first, after: $after) { ...${shipmentCore} }
  }`(),
);
