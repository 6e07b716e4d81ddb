import { gql } from "@/graphql-system";
import { teamBoardRow } from "./fragments";
import { orderCard } from "@/entities/order";
import { teamCard, teamCore } from "@/entities/team";

export const getTeamBoard = gql.default(({ query }) =>
  query("GetTeamBoard")`($id: ID!, $first: Int = 10) {
    team(id: $id) {
      ...${($) => teamBoardRow.spread({ first: $.first })}
    }
    orderList(first: 5) { ...${orderCard} }
  }`(),
);

export const listTeamBoard = gql.default(({ query }) =>
  query("ListTeamBoard")`($first: Int, $after: String, $status: Status) {
    teamList(first: $first, after: $after, status: $status) {
      ...${teamCard}
    }
  }`(),
);

export const updateTeamBoard = gql.default(({ mutation }) =>
  mutation("UpdateTeamBoard")`($id: ID!, $input: TeamInput!) {
    updateTeam(id: $id, input: $input) {
      ...${teamCore}
      updatedAt
    }
  }`(),
);
