import { gql } from "@/graphql-system";
import { channelCore } from "../channel";
import { messageCore } from "../message";
import { userCore } from "../user";

/** What every view of a Dashboard shows. */
export const dashboardCore = gql.default(({ fragment }) =>
  fragment("DashboardCore", "Dashboard")`{ id name status }`(),
);

/** A Dashboard in lists: the core fields, its owner and when it last changed. */
export const dashboardCard = gql.default(({ fragment }) =>
  fragment("DashboardCard", "Dashboard")`{
    ...${dashboardCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Dashboard on its own page; `first` / `after` page through its children. */
export const dashboardDetail = gql.default(({ fragment }) =>
  fragment("DashboardDetail", "Dashboard")`($first: Int, $after: String) {
    ...${dashboardCard}
    createdAt
    tags
    related { ...${channelCore} }
    children(first: $first, after: $after) { ...${messageCore} }
  }`(),
);
