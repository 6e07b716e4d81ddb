import { gql } from "@/graphql-system";
import { userBoardRow } from "./fragments";
import { taskCard } from "@/entities/task";
import { userCard, userCore } from "@/entities/user";

export const getUserBoard = gql.default(({ query }) =>
  query("GetUserBoard")`($id: ID!, $first: Int = 10) {
    user(id: $id) {
      ...${($) => userBoardRow.spread({ first: $.first })}
    }
    taskList(first: 5) { ...${taskCard} }
  }`(),
);

export const listUserBoard = gql.default(({ query }) =>
  query("ListUserBoard")`($first: Int, $after: String, $status: Status) {
    userList(first: $first, after: $after, status: $status) {
      ...${userCard}
    }
  }`(),
);

export const updateUserBoard = gql.default(({ mutation }) =>
  mutation("UpdateUserBoard")`($id: ID!, $input: UserInput!) {
    updateUser(id: $id, input: $input) {
      ...${userCore}
      updatedAt
    }
  }`(),
);
