import { gql } from "@/graphql-system";
import { assetCore } from "../asset";
import { licenseCore } from "../license";
import { userCore } from "../user";

/** What every view of a Calendar shows. */
export const calendarCore = gql.default(({ fragment }) =>
  fragment("CalendarCore", "Calendar")`{ id name status }`(),
);

/** A Calendar in lists: the core fields, its owner and when it last changed. */
export const calendarCard = gql.default(({ fragment }) =>
  fragment("CalendarCard", "Calendar")`{
    ...${calendarCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Calendar on its own page; `first` / `after` page through its children. */
export const calendarDetail = gql.default(({ fragment }) =>
  fragment("CalendarDetail", "Calendar")`($first: Int, $after: String) {
    ...${calendarCard}
    createdAt
    tags
    related { ...${assetCore} }
    children(first: $first, after: $after) { ...${licenseCore} }
  }`(),
);
