import { gql } from "@/graphql-system";
import { supplierBoardRow } from "./fragments";
import { productCard } from "@/entities/product";
import { supplierCard, supplierCore } from "@/entities/supplier";

export const getSupplierBoard = gql.default(({ query }) =>
  query("GetSupplierBoard")`($id: ID!, $first: Int = 10) {
    supplier(id: $id) {
      ...${($) => supplierBoardRow.spread({ first: $.first })}
    }
    productList(first: 5) { ...${productCard} }
  }`(),
);

export const listSupplierBoard = gql.default(({ query }) =>
  query("ListSupplierBoard")`($first: Int, $after: String, $status: Status) {
    supplierList(first: $first, after: $after, status: $status) {
      ...${supplierCard}
    }
  }`(),
);

export const updateSupplierBoard = gql.default(({ mutation }) =>
  mutation("UpdateSupplierBoard")`($id: ID!, $input: SupplierInput!) {
    updateSupplier(id: $id, input: $input) {
      ...${supplierCore}
      updatedAt
    }
  }`(),
);
