import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { teamDetail } from "@/entities/team";

/** One row of the teamSettings screen. */
export const teamSettingsRow = gql.default(({ fragment }) =>
  fragment("TeamSettingsRow", "Team")`($first: Int) {
    ...${($) => teamDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${projectCard} }
  }`(),
);
