import { gql } from "@/graphql-system";
import { orderSettingsRow } from "./fragments";
import { messageCard } from "@/entities/message";
import { orderCard, orderCore } from "@/entities/order";

export const getOrderSettings = gql.default(({ query }) =>
  query("GetOrderSettings")`($id: ID!, $first: Int = 10) {
    order(id: $id) {
      ...${($) => orderSettingsRow.spread({ first: $.first })}
    }
    messageList(first: 5) { ...${messageCard} }
  }`(),
);

export const listOrderSettings = gql.default(({ query }) =>
  query("ListOrderSettings")`($first: Int, $after: String, $status: Status) {
    orderList(first: $first, after: $after, status: $status) {
      ...${orderCard}
    }
  }`(),
);

export const updateOrderSettings = gql.default(({ mutation }) =>
  mutation("UpdateOrderSettings")`($id: ID!, $input: OrderInput!) {
    updateOrder(id: $id, input: $input) {
      ...${orderCore}
      updatedAt
    }
  }`(),
);
