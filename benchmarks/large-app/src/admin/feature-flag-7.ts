import { gql } from "@/graphql-system";
import { featureFlag1Fields } from "./feature-flag-1";

export const featureFlag7Fields = gql.admin(({ fragment }) =>
  fragment("FeatureFlag7Fields", "FeatureFlag")`{ ...${featureFlag1Fields} id key enabled rollout }`(),
);

export const featureFlag7List = gql.admin(({ query }) =>
  query("AdminFeatureFlag7List")`($limit: Int = 50, $offset: Int) {
    featureFlags(limit: $limit, offset: $offset) { ...${featureFlag7Fields} }
  }`(),
);
