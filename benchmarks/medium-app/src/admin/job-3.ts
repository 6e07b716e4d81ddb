import { gql } from "@/graphql-system";

export const job3Fields = gql.admin(({ fragment }) =>
  fragment("Job3Fields", "Job")`{ id kind state attempts }`(),
);

export const job3List = gql.admin(({ query }) =>
  query("AdminJob3List")`($limit: Int = 50, $offset: Int) {
    jobs(limit: $limit, offset: $offset) { ...${job3Fields} }
  }`(),
);
