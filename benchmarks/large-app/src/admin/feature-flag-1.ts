import { gql } from "@/graphql-system";

export const featureFlag1Fields = gql.admin(({ fragment }) =>
  fragment("FeatureFlag1Fields", "FeatureFlag")`{ id key enabled rollout }`(),
);

export const featureFlag1List = gql.admin(({ query }) =>
  query("AdminFeatureFlag1List")`($limit: Int = 50, $offset: Int) {
    featureFlags(limit: $limit, offset: $offset) { ...${featureFlag1Fields} }
  }`(),
);
