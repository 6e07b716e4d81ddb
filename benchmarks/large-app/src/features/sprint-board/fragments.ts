import { gql } from "@/graphql-system";
import { releaseCard } from "@/entities/release";
import { sprintDetail } from "@/entities/sprint";

/** One row of the sprintBoard screen. */
export const sprintBoardRow = gql.default(({ fragment }) =>
  fragment("SprintBoardRow", "Sprint")`($first: Int) {
    ...${($) => sprintDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${releaseCard} }
  }`(),
);
