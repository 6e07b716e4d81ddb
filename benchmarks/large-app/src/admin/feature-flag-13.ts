import { gql } from "@/graphql-system";
import { featureFlag1Fields } from "./feature-flag-1";

export const featureFlag13Fields = gql.admin(({ fragment }) =>
  fragment("FeatureFlag13Fields", "FeatureFlag")`{ ...${featureFlag1Fields} id key enabled rollout }`(),
);

export const featureFlag13List = gql.admin(({ query }) =>
  query("AdminFeatureFlag13List")`($limit: Int = 50, $offset: Int) {
    featureFlags(limit: $limit, offset: $offset) { ...${featureFlag13Fields} }
  }`(),
);
