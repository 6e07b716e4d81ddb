import { gql } from "@/graphql-system";
import { orderBoardRow } from "./fragments";
import { orderCard, orderCore } from "@/entities/order";
import { teamCard } from "@/entities/team";

export const getOrderBoard = gql.default(({ query }) =>
  query("GetOrderBoard")`($id: ID!, $first: Int = 10) {
    order(id: $id) {
      ...${($) => orderBoardRow.spread({ first: $.first })}
    }
    teamList(first: 5) { ...${teamCard} }
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
