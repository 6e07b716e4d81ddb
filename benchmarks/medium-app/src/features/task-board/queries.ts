import { gql } from "@/graphql-system";
import { taskBoardRow } from "./fragments";
import { taskCard, taskCore } from "@/entities/task";
import { userCard } from "@/entities/user";

export const getTaskBoard = gql.default(({ query }) =>
  query("GetTaskBoard")`($id: ID!, $first: Int = 10) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    userList(first: 5) { ...${userCard} }
  }`(),
);

export const listTaskBoard = gql.default(({ query }) =>
  query("ListTaskBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("taskList", { first: $.first, status: $.status })(({ f }) => ({
        ...taskCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateTaskBoard = gql.default(({ mutation }) =>
  mutation("UpdateTaskBoard")`($id: ID!, $input: TaskInput!) {
    updateTask(id: $id, input: $input) {
      ...${taskCore}
      updatedAt
    }
  }`(),
);
