import { gql } from "@/graphql-system";
import { dashboardBoardRow } from "./fragments";
import { contractCard } from "@/entities/contract";
import { dashboardCard, dashboardCore } from "@/entities/dashboard";

export const getDashboardBoard = gql.default(({ query }) =>
  query("GetDashboardBoard")`($id: ID!, $first: Int = 10) {
    dashboard(id: $id) {
      ...${($) => dashboardBoardRow.spread({ first: $.first })}
    }
    contractList(first: 5) { ...${contractCard} }
  }`(),
);

export const listDashboardBoard = gql.default(({ query }) =>
  query("ListDashboardBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("dashboardList", { first: $.first, status: $.status })(({ f }) => ({
        ...dashboardCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateDashboardBoard = gql.default(({ mutation }) =>
  mutation("UpdateDashboardBoard")`($id: ID!, $input: DashboardInput!) {
    updateDashboard(id: $id, input: $input) {
      ...${dashboardCore}
      updatedAt
    }
  }`(),
);
