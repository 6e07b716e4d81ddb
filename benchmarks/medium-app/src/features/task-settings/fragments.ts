import { gql } from "@/graphql-system";
import { commentCard } from "@/entities/comment";
import { taskDetail } from "@/entities/task";

/** One row of the taskSettings screen. */
export const taskSettingsRow = gql.default(({ fragment }) =>
  fragment("TaskSettingsRow", "Task")`($first: Int) {
    ...${($) => taskDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${commentCard} }
  }`(),
);
