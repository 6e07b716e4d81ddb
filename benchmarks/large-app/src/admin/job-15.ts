import { gql } from "@/graphql-system";
import { job3Fields } from "./job-3";

export const job15Fields = gql.admin(({ fragment }) =>
  fragment("Job15Fields", "Job")`{ ...${job3Fields} id kind state attempts }`(),
);

export const job15List = gql.admin(({ query }) =>
  query("AdminJob15List")`($limit: Int = 50, $offset: Int) {
    jobs(limit: $limit, offset: $offset) { ...${job15Fields} }
  }`(),
);
