import { gql } from "@/graphql-system";
import { projectDetail } from "@/entities/project";
import { taskCard } from "@/entities/task";

/** One row of the projectBoard screen. */
export const projectBoardRow = gql.default(({ fragment }) =>
  fragment("ProjectBoardRow", "Project")`($first: Int) {
    ...${($) => projectDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${taskCard} }
  }`(),
);
