import { gql } from "@/graphql-system";
import { teamSettingsRow } from "./fragments";
import { orderCard } from "@/entities/order";
import { teamCard, teamCore } from "@/entities/team";

export const getTeamSettings = gql.default(({ query }) =>
  query("GetTeamSettings")`($id: ID!, $first: Int = 10) {
    team(id: $id) {
      ...${($) => teamSettingsRow.spread({ first: $.first })}
    }
    orderList(first: 5) { ...${orderCard} }
  }`(),
);

export const listTeamSettings = gql.default(({ query }) =>
  query("ListTeamSettings")`($first: Int, $after: String, $status: Status) {
    teamList(first: $first, after: $after, status: $status) {
      ...${teamCard}
    }
  }`(),
);

export const updateTeamSettings = gql.default(({ mutation }) =>
  mutation("UpdateTeamSettings")`($id: ID!, $input: TeamInput!) {
    updateTeam(id: $id, input: $input) {
      ...${teamCore}
      updatedAt
    }
  }`(),
);
