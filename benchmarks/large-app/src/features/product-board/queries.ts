import { gql } from "@/graphql-system";
import { productBoardRow } from "./fragments";
import { productCard, productCore } from "@/entities/product";
import { userCard } from "@/entities/user";

export const getProductBoard = gql.default(({ query }) =>
  query("GetProductBoard")`($id: ID!, $first: Int = 10) {
    product(id: $id) {
      ...${($) => productBoardRow.spread({ first: $.first })}
    }
    userList(first: 5) { ...${userCard} }
  }`(),
);

export const listProductBoard = gql.default(({ query }) =>
  query("ListProductBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("productList", { first: $.first, status: $.status })(({ f }) => ({
        ...productCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateProductBoard = gql.default(({ mutation }) =>
  mutation("UpdateProductBoard")`($id: ID!, $input: ProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...${productCore}
      updatedAt
    }
  }`(),
);
