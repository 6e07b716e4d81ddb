import { gql } from "@/graphql-system";
import { commentCard } from "@/entities/comment";
import { taskDetail } from "@/entities/task";

/** One row of the taskBoard screen. */
export const taskBoardRow = gql.default(({ fragment }) =>
  fragment("TaskBoardRow", "Task")`($first: Int) {
    ...${($) => taskDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${commentCard} }
  }`(),
);
