import { gql } from "@/graphql-system";
import { contractDetail } from "@/entities/contract";
import { paymentCard } from "@/entities/payment";

/** One row of the contractBoard screen. */
export const contractBoardRow = gql.default(({ fragment }) =>
  fragment("ContractBoardRow", "Contract")`($first: Int) {
    ...${($) => contractDetail.spread({ first: $.first })}
    score
    relatedCard: related { ...${paymentCard} }
  }`(),
);
