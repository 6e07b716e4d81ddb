import { gql } from "@/graphql-system";
import { calendarCore } from "../calendar";
import { meetingCore } from "../meeting";
import { userCore } from "../user";

/** What every view of a Message shows. */
export const messageCore = gql.default(({ fragment }) =>
  fragment("MessageCore", "Message")`{ id name status }`(),
);

/** A Message in lists: the core fields, its owner and when it last changed. */
export const messageCard = gql.default(({ fragment }) =>
  fragment("MessageCard", "Message")`{
    ...${messageCore}
    description
    updatedAt
    owner { ...${userCore} }
  }`(),
);

/** A Message on its own page; `first` / `after` page through its children. */
export const messageDetail = gql.default(({ fragment }) =>
  fragment("MessageDetail", "Message")`($first: Int, $after: String) {
    ...${messageCard}
    createdAt
    tags
    related { ...${meetingCore} }
    children(first: $first, after: $after) { ...${calendarCore} }
  }`(),
);
