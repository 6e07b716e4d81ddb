import { gql } from "@/graphql-system";
import { warehouseBoardRow } from "./fragments";
import { commentCard } from "@/entities/comment";
import { warehouseCard, warehouseCore } from "@/entities/warehouse";

export const getWarehouseBoard = gql.default(({ query }) =>
  query("GetWarehouseBoard")`($id: ID!, $first: Int = 10) {
    warehouse(id: $id) {
      ...${($) => warehouseBoardRow.spread({ first: $.first })}
    }
    commentList(first: 5) { ...${commentCard} }
  }`(),
);

export const listWarehouseBoard = gql.default(({ query }) =>
  query("ListWarehouseBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("warehouseList", { first: $.first, status: $.status })(({ f }) => ({
        ...warehouseCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateWarehouseBoard = gql.default(({ mutation }) =>
  mutation("UpdateWarehouseBoard")`($id: ID!, $input: WarehouseInput!) {
    updateWarehouse(id: $id, input: $input) {
      ...${warehouseCore}
      updatedAt
    }
  }`(),
);
