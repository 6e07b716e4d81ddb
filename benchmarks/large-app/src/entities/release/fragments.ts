import { gql } from "@/graphql-system";
import { incidentCore } from "../incident";
import { ticketCore } from "../ticket";
import { userCore } from "../user";

/** What every view of a Release shows. */
export const releaseCore = gql.default(({ fragment }) =>
  fragment("ReleaseCore", "Release")`{ id name status }`(),
);

/** A Release in lists: the core fields, its owner and when it last changed. */
export const releaseCard = gql.default(({ fragment }) =>
  fragment("ReleaseCard", "Release")`{
    ...${releaseCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Release on its own page; `first` / `after` page through its children. */
export const releaseDetail = gql.default(({ fragment }) =>
  fragment("ReleaseDetail", "Release")`($first: Int, $after: String) {
    ...${releaseCard}
    createdAt
    tags
    related { ...${incidentCore} }
    children(first: $first, after: $after) { ...${ticketCore} }
  }`(),
);
