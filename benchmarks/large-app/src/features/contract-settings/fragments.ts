import { gql } from "@/graphql-system";
import { contractDetail } from "@/entities/contract";
import { paymentCard } from "@/entities/payment";

/** One row of the contractSettings screen. */
export const contractSettingsRow = gql.default(({ fragment }) =>
  fragment("ContractSettingsRow", "Contract")`($first: Int) {
    ...${($) => contractDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${paymentCard} }
  }`(),
);
