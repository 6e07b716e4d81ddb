import { gql } from "@/graphql-system";
import { orderBoardRow } from "./fragments";
import { messageCard } from "@/entities/message";
import { orderCard, orderCore } from "@/entities/order";

export const getOrderBoard = gql.default(({ query }) =>
  query("GetOrderBoard")`($id: ID!, $first: Int = 10) {
    order(id: $id) {
      ...${($) => orderBoardRow.spread({ first: $.first })}
    }
    messageList(first: 5) { ...${messageCard} }
  }`(),
);

export const listOrderBoard = gql.default(({ query }) =>
  query("ListOrderBoard")`($first: Int, $after: String, $status: Status) {
    orderList(first: $first, after: $after, status: $status) {
      ...${orderCard}
    }
  }`(),
);

export const updateOrderBoard = gql.default(({ mutation }) =>
  mutation("UpdateOrderBoard")`($id: ID!, $input: OrderInput!) {
    updateOrder(id: $id, input: $input) {
      ...${orderCore}
      updatedAt
    }
  }`(),
);
