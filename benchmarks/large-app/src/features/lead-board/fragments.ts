import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { leadDetail } from "@/entities/lead";

/** One row of the leadBoard screen. */
export const leadBoardRow = gql.default(({ fragment }) =>
  fragment("LeadBoardRow", "Lead")`($first: Int) {
    ...${($) => leadDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${accountCard} }
  }`(),
);
