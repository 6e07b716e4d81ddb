import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { teamDetail } from "@/entities/team";

/** One row of the teamBoard screen. */
export const teamBoardRow = gql.default(({ fragment }) =>
  fragment("TeamBoardRow", "Team")`($first: Int) {
    ...${($) => teamDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${projectCard} }
  }`(),
);
