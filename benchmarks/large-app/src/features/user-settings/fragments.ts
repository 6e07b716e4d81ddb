import { gql } from "@/graphql-system";
import { teamCard } from "@/entities/team";
import { userDetail } from "@/entities/user";

/** One row of the userSettings screen. */
export const userSettingsRow = gql.default(({ fragment }) =>
  fragment("UserSettingsRow", "User")`($first: Int) {
    ...${($) => userDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${teamCard} }
  }`(),
);
