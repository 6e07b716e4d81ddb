import { gql } from "@/graphql-system";
import { job3Fields } from "./job-3";

export const job9Fields = gql.admin(({ fragment }) =>
  fragment("Job9Fields", "Job")`{ ...${job3Fields} id kind state attempts }`(),
);

export const job9List = gql.admin(({ query }) =>
  query("AdminJob9List")`($limit: Int = 50, $offset: Int) {
    jobs(limit: $limit, offset: $offset) { ...${job9Fields} }
  }`(),
);
