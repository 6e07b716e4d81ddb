import { gql } from "@/graphql-system";
import { licenseCore } from "../license";
import { planCore } from "../plan";
import { userCore } from "../user";

/** What every view of a Asset shows. */
export const assetCore = gql.default(({ fragment }) =>
  fragment("AssetCore", "Asset")`{ id name status }`(),
);

/** A Asset in lists: the core fields, its owner and when it last changed. */
export const assetCard = gql.default(({ fragment }) =>
  fragment("AssetCard", "Asset")`{
    ...${assetCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Asset on its own page; `first` / `after` page through its children. */
export const assetDetail = gql.default(({ fragment }) =>
  fragment("AssetDetail", "Asset")`($first: Int, $after: String) {
    ...${assetCard}
    createdAt
    tags
    related { ...${licenseCore} }
    children(first: $first, after: $after) { ...${planCore} }
  }`(),
);
