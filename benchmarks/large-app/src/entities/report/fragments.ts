import { gql } from "@/graphql-system";
import { channelCore } from "../channel";
import { dashboardCore } from "../dashboard";
import { userCore } from "../user";

/** What every view of a Report shows. */
export const reportCore = gql.default(({ fragment }) =>
  fragment("ReportCore", "Report")`{ id name status }`(),
);

/** A Report in lists: the core fields, its owner and when it last changed. */
export const reportCard = gql.default(({ fragment }) =>
  fragment("ReportCard", "Report")`{
    ...${reportCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Report on its own page; `first` / `after` page through its children. */
export const reportDetail = gql.default(({ fragment }) =>
  fragment("ReportDetail", "Report")`($first: Int, $after: String) {
    ...${reportCard}
    createdAt
    tags
    related { ...${dashboardCore} }
    children(first: $first, after: $after) { ...${channelCore} }
  }`(),
);
