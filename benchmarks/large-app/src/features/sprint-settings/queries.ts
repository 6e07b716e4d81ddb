import { gql } from "@/graphql-system";
import { sprintSettingsRow } from "./fragments";
import { calendarCard } from "@/entities/calendar";
import { sprintCard, sprintCore } from "@/entities/sprint";

export const getSprintSettings = gql.default(({ query }) =>
  query("GetSprintSettings")`($id: ID!, $first: Int = 10) {
    sprint(id: $id) {
      ...${($) => sprintSettingsRow.spread({ first: $.first })}
    }
    calendarList(first: 5) { ...${calendarCard} }
  }`(),
);

export const listSprintSettings = gql.default(({ query }) =>
  query("ListSprintSettings")`($first: Int, $after: String, $status: Status) {
    sprintList(first: $first, after: $after, status: $status) {
      ...${sprintCard}
    }
  }`(),
);

export const updateSprintSettings = gql.default(({ mutation }) =>
  mutation("UpdateSprintSettings")`($id: ID!, $input: SprintInput!) {
    updateSprint(id: $id, input: $input) {
      ...${sprintCore}
      updatedAt
    }
  }`(),
);
