import { gql } from "@/graphql-system";
import { incidentCard } from "@/entities/incident";
import { releaseDetail } from "@/entities/release";

/** One row of the releaseBoard screen. */
export const releaseBoardRow = gql.default(({ fragment }) =>
  fragment("ReleaseBoardRow", "Release")`($first: Int) {
    ...${($) => releaseDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${incidentCard} }
  }`(),
);
