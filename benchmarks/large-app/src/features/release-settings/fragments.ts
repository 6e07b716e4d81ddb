import { gql } from "@/graphql-system";
import { incidentCard } from "@/entities/incident";
import { releaseDetail } from "@/entities/release";

/** One row of the releaseSettings screen. */
export const releaseSettingsRow = gql.default(({ fragment }) =>
  fragment("ReleaseSettingsRow", "Release")`($first: Int) {
    ...${($) => releaseDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${incidentCard} }
  }`(),
);
