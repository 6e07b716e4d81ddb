import { gql } from "@/graphql-system";
import { assetDetail } from "@/entities/asset";
import { licenseCard } from "@/entities/license";

/** One row of the assetBoard screen. */
export const assetBoardRow = gql.default(({ fragment }) =>
  fragment("AssetBoardRow", "Asset")`($first: Int) {
    ...${($) => assetDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${licenseCard} }
  }`(),
);
