import { gql } from "@/graphql-system";
import { customerBoardRow } from "./fragments";
import { customerCard, customerCore } from "@/entities/customer";
import { leadCard } from "@/entities/lead";

export const getCustomerBoard = gql.default(({ query }) =>
  query("GetCustomerBoard")`($id: ID!, $first: Int = 10) {
    customer(id: $id) {
      ...${($) => customerBoardRow.spread({ first: $.first })}
    }
    leadList(first: 5) { ...${leadCard} }
  }`(),
);

export const listCustomerBoard = gql.default(({ query }) =>
  query("ListCustomerBoard")`($first: Int, $after: String, $status: Status) {
    customerList(first: $first, after: $after, status: $status) {
      ...${customerCard}
    }
  }`(),
);

export const updateCustomerBoard = gql.default(({ mutation }) =>
  mutation("UpdateCustomerBoard")`($id: ID!, $input: CustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...${customerCore}
      updatedAt
    }
  }`(),
);
