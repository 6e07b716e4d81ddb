import { gql } from "@/graphql-system";
import { userSettingsRow } from "./fragments";
import { taskCard } from "@/entities/task";
import { userCard, userCore } from "@/entities/user";

export const getUserSettings = gql.default(({ query }) =>
  query("GetUserSettings")`($id: ID!, $first: Int = 10) {
    user(id: $id) {
      ...${($) => userSettingsRow.spread({ first: $.first })}
    }
    taskList(first: 5) { ...${taskCard} }
  }`(),
);

export const listUserSettings = gql.default(({ query }) =>
  query("ListUserSettings")`($first: Int, $after: String, $status: Status) {
    userList(first: $first, after: $after, status: $status) {
      ...${userCard}
    }
  }`(),
);

export const updateUserSettings = gql.default(({ mutation }) =>
  mutation("UpdateUserSettings")`($id: ID!, $input: UserInput!) {
    updateUser(id: $id, input: $input) {
      ...${userCore}
      updatedAt
    }
  }`(),
);
