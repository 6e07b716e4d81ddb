import { gql } from "@/graphql-system";
import { customerBoardRow } from "./fragments";
import { customerCard, customerCore } from "@/entities/customer";
import { milestoneCard } from "@/entities/milestone";

export const getCustomerBoard = gql.default(({ query }) =>
  query("GetCustomerBoard")`($id: ID!, $first: Int = 10) {
    customer(id: $id) {
      ...${($) => customerBoardRow.spread({ first: $.first })}
    }
    milestoneList(first: 5) { ...${milestoneCard} }
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
