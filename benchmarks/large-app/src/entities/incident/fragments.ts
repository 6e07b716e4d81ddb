import { gql } from "@/graphql-system";
import { contractCore } from "../contract";
import { ticketCore } from "../ticket";
import { userCore } from "../user";

/** What every view of a Incident shows. */
export const incidentCore = gql.default(({ fragment }) =>
  fragment("IncidentCore", "Incident")`{ id name status }`(),
);

/** A Incident in lists: the core fields, its owner and when it last changed. */
export const incidentCard = gql.default(({ fragment }) =>
  fragment("IncidentCard", "Incident")`{
    ...${incidentCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Incident on its own page; `first` / `after` page through its children. */
export const incidentDetail = gql.default(({ fragment }) =>
  fragment("IncidentDetail", "Incident")`($first: Int, $after: String) {
    ...${incidentCard}
    createdAt
    tags
    related { ...${ticketCore} }
    children(first: $first, after: $after) { ...${contractCore} }
  }`(),
);
