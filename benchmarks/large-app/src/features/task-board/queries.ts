import { gql } from "@/graphql-system";
import { taskBoardRow } from "./fragments";
import { supplierCard } from "@/entities/supplier";
import { taskCard, taskCore } from "@/entities/task";

export const getTaskBoard = gql.default(({ query }) =>
  query("GetTaskBoard")`($id: ID!, $first: Int = 10) {
    task(id: $id) {
      ...${($) => taskBoardRow.spread({ first: $.first })}
    }
    supplierList(first: 5) { ...${supplierCard} }
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
