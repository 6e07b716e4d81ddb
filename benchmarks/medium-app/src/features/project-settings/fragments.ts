import { gql } from "@/graphql-system";
import { projectDetail } from "@/entities/project";
import { taskCard } from "@/entities/task";

/** One row of the projectSettings screen. */
export const projectSettingsRow = gql.default(({ fragment }) =>
  fragment("ProjectSettingsRow", "Project")`($first: Int) {
    ...${($) => projectDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${taskCard} }
  }`(),
);
