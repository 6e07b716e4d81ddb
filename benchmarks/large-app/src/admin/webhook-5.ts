import { gql } from "@/graphql-system";

export const webhook5Fields = gql.admin(({ fragment }) =>
  fragment("Webhook5Fields", "Webhook")`{ id url events active }`(),
);

export const webhook5List = gql.admin(({ query }) =>
  query("AdminWebhook5List")`($limit: Int = 50, $offset: Int) {
    webhooks(limit: $limit, offset: $offset) { ...${webhook5Fields} }
  }`(),
);
