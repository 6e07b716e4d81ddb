import { gql } from "@/graphql-system";
import { featureFlag1Fields } from "./feature-flag-1";

export const featureFlag19Fields = gql.admin(({ fragment }) =>
  fragment("FeatureFlag19Fields", "FeatureFlag")`{ ...${featureFlag1Fields} id key enabled rollout }`(),
);

export const featureFlag19List = gql.admin(({ query }) =>
  query("AdminFeatureFlag19List")`($limit: Int = 50, $offset: Int) {
    featureFlags(limit: $limit, offset: $offset) { ...${featureFlag19Fields} }
  }`(),
);
