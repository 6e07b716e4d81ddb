import { gql } from "@/graphql-system";
import { productSettingsRow } from "./fragments";
import { productCard, productCore } from "@/entities/product";
import { userCard } from "@/entities/user";

export const getProductSettings = gql.default(({ query }) =>
  query("GetProductSettings")`($id: ID!, $first: Int = 10) {
    product(id: $id) {
      ...${($) => productSettingsRow.spread({ first: $.first })}
    }
    userList(first: 5) { ...${userCard} }
  }`(),
);

export const listProductSettings = gql.default(({ query }) =>
  query("ListProductSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("productList", { first: $.first, status: $.status })(({ f }) => ({
        ...productCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateProductSettings = gql.default(({ mutation }) =>
  mutation("UpdateProductSettings")`($id: ID!, $input: ProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...${productCore}
      updatedAt
    }
  }`(),
);
