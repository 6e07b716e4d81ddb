import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { sprintDetail } from "@/entities/sprint";

/** One row of the sprintSettings screen. */
export const sprintSettingsRow = gql.default(({ fragment }) =>
  fragment("SprintSettingsRow", "Sprint")`($first: Int) {
    ...${($) => sprintDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${releaseCard} }
  }`(),
);
