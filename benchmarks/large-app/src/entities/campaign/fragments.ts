import { gql } from "@/graphql-system";
import { accountCore } from "../account";
import { leadCore } from "../lead";
import { userCore } from "../user";

/** What every view of a Campaign shows. */
export const campaignCore = gql.default(({ fragment }) =>
  fragment("CampaignCore", "Campaign")`{ id name status }`(),
);

/** A Campaign in lists: the core fields, its owner and when it last changed. */
export const campaignCard = gql.default(({ fragment }) =>
  fragment("CampaignCard", "Campaign")`{
    ...${campaignCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Campaign on its own page; `first` / `after` page through its children. */
export const campaignDetail = gql.default(({ fragment }) =>
  fragment("CampaignDetail", "Campaign")`($first: Int, $after: String) {
    ...${campaignCard}
    createdAt
    tags
    related { ...${leadCore} }
    children(first: $first, after: $after) { ...${accountCore} }
  }`(),
);
