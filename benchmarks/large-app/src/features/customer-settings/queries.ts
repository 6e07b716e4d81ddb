import { gql } from "@/graphql-system";
import { customerSettingsRow } from "./fragments";
import { customerCard, customerCore } from "@/entities/customer";
import { leadCard } from "@/entities/lead";

export const getCustomerSettings = gql.default(({ query }) =>
  query("GetCustomerSettings")`($id: ID!, $first: Int = 10) {
    customer(id: $id) {
      ...${($) => customerSettingsRow.spread({ first: $.first })}
    }
    leadList(first: 5) { ...${leadCard} }
  }`(),
);

export const listCustomerSettings = gql.default(({ query }) =>
  query("ListCustomerSettings")`($first: Int, $after: String, $status: Status) {
    customerList(first: $first, after: $after, status: $status) {
      ...${customerCard}
    }
  }`(),
);

export const updateCustomerSettings = gql.default(({ mutation }) =>
  mutation("UpdateCustomerSettings")`($id: ID!, $input: CustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...${customerCore}
      updatedAt
    }
  }`(),
);
