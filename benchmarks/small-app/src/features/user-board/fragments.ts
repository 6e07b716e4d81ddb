import { gql } from "@/graphql-system";
import { teamCard } from "@/entities/team";
import { userDetail } from "@/entities/user";

/** One row of the userBoard screen. */
export const userBoardRow = gql.default(({ fragment }) =>
  fragment("UserBoardRow", "User")`($first: Int) {
    ...${($) => userDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${teamCard} }
  }`(),
);
