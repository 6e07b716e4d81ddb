import { gql } from "@/graphql-system";
import { sprintBoardRow } from "./fragments";
import { calendarCard } from "@/entities/calendar";
import { sprintCard, sprintCore } from "@/entities/sprint";

export const getSprintBoard = gql.default(({ query }) =>
  query("GetSprintBoard")`($id: ID!, $first: Int = 10) {
    sprint(id: $id) {
      ...${($) => sprintBoardRow.spread({ first: $.first })}
    }
    calendarList(first: 5) { ...${calendarCard} }
  }`(),
);

export const listSprintBoard = gql.default(({ query }) =>
  query("ListSprintBoard")`($first: Int, $after: String, $status: Status) {
    sprintList(first: $first, after: $after, status: $status) {
      ...${sprintCard}
    }
  }`(),
);

export const updateSprintBoard = gql.default(({ mutation }) =>
  mutation("UpdateSprintBoard")`($id: ID!, $input: SprintInput!) {
    updateSprint(id: $id, input: $input) {
      ...${sprintCore}
      updatedAt
    }
  }`(),
);
