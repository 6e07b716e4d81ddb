import { gql } from "@/graphql-system";
import { webhook5Fields } from "./webhook-5";

export const webhook11Fields = gql.admin(({ fragment }) =>
  fragment("Webhook11Fields", "Webhook")`{ ...${webhook5Fields} id url events active }`(),
);

export const webhook11List = gql.admin(({ query }) =>
  query("AdminWebhook11List")`($limit: Int = 50, $offset: Int) {
    webhooks(limit: $limit, offset: $offset) { ...${webhook11Fields} }
  }`(),
);
