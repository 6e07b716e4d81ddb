import { gql } from "@/graphql-system";
import { webhook5Fields } from "./webhook-5";

export const webhook17Fields = gql.admin(({ fragment }) =>
  fragment("Webhook17Fields", "Webhook")`{ ...${webhook5Fields} id url events active }`(),
);

export const webhook17List = gql.admin(({ query }) =>
  query("AdminWebhook17List")`($limit: Int = 50, $offset: Int) {
    webhooks(limit: $limit, offset: $offset) { ...${webhook17Fields} }
  }`(),
);
