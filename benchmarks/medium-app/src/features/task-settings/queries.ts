import { gql } from "@/graphql-system";
import { taskSettingsRow } from "./fragments";
import { taskCard, taskCore } from "@/entities/task";
import { userCard } from "@/entities/user";

export const getTaskSettings = gql.default(({ query }) =>
  query("GetTaskSettings")`($id: ID!, $first: Int = 10) {
    task(id: $id) {
      ...${($) => taskSettingsRow.spread({ first: $.first })}
    }
    userList(first: 5) { ...${userCard} }
  }`(),
);

export const listTaskSettings = gql.default(({ query }) =>
  query("ListTaskSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("taskList", { first: $.first, status: $.status })(({ f }) => ({
        ...taskCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateTaskSettings = gql.default(({ mutation }) =>
  mutation("UpdateTaskSettings")`($id: ID!, $input: TaskInput!) {
    updateTask(id: $id, input: $input) {
      ...${taskCore}
      updatedAt
    }
  }`(),
);
