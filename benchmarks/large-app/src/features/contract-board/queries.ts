import { gql } from "@/graphql-system";
import { contractBoardRow } from "./fragments";
import { contractCard, contractCore } from "@/entities/contract";
import { warehouseCard } from "@/entities/warehouse";

export const getContractBoard = gql.default(({ query }) =>
  query("GetContractBoard")`($id: ID!, $first: Int = 10) {
    contract(id: $id) {
      ...${($) => contractBoardRow.spread({ first: $.first })}
    }
    warehouseList(first: 5) { ...${warehouseCard} }
  }`(),
);

export const listContractBoard = gql.default(({ query }) =>
  query("ListContractBoard")`($first: Int, $after: String, $status: Status) {
    contractList(first: $first, after: $after, status: $status) {
      ...${contractCard}
    }
  }`(),
);

export const updateContractBoard = gql.default(({ mutation }) =>
  mutation("UpdateContractBoard")`($id: ID!, $input: ContractInput!) {
    updateContract(id: $id, input: $input) {
      ...${contractCore}
      updatedAt
    }
  }`(),
);
