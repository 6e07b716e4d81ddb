import { gql } from "@/graphql-system";
import { contractSettingsRow } from "./fragments";
import { contractCard, contractCore } from "@/entities/contract";
import { warehouseCard } from "@/entities/warehouse";

export const getContractSettings = gql.default(({ query }) =>
  query("GetContractSettings")`($id: ID!, $first: Int = 10) {
    contract(id: $id) {
      ...${($) => contractSettingsRow.spread({ first: $.first })}
    }
    warehouseList(first: 5) { ...${warehouseCard} }
  }`(),
);

export const listContractSettings = gql.default(({ query }) =>
  query("ListContractSettings")`($first: Int, $after: String, $status: Status) {
    contractList(first: $first, after: $after, status: $status) {
      ...${contractCard}
    }
  }`(),
);

export const updateContractSettings = gql.default(({ mutation }) =>
  mutation("UpdateContractSettings")`($id: ID!, $input: ContractInput!) {
    updateContract(id: $id, input: $input) {
      ...${contractCore}
      updatedAt
    }
  }`(),
);
