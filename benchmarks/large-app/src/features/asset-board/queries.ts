import { gql } from "@/graphql-system";
import { assetBoardRow } from "./fragments";
import { assetCard, assetCore } from "@/entities/asset";
import { attachmentCard } from "@/entities/attachment";

export const getAssetBoard = gql.default(({ query }) =>
  query("GetAssetBoard")`($id: ID!, $first: Int = 10) {
    asset(id: $id) {
      ...${($) => assetBoardRow.spread({ first: $.first })}
    }
    attachmentList(first: 5) { ...${attachmentCard} }
  }`(),
);

export const listAssetBoard = gql.default(({ query }) =>
  query("ListAssetBoard")`($first: Int, $after: String, $status: Status) {
    assetList(first: $first, after: $after, status: $status) {
      ...${assetCard}
    }
  }`(),
);

export const updateAssetBoard = gql.default(({ mutation }) =>
  mutation("UpdateAssetBoard")`($id: ID!, $input: AssetInput!) {
    updateAsset(id: $id, input: $input) {
      ...${assetCore}
      updatedAt
    }
  }`(),
);
