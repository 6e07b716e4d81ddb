import { gql } from "@/graphql-system";
import { calendarBoardRow } from "./fragments";
import { calendarCard, calendarCore } from "@/entities/calendar";
import { invoiceCard } from "@/entities/invoice";

export const getCalendarBoard = gql.default(({ query }) =>
  query("GetCalendarBoard")`($id: ID!, $first: Int = 10) {
    calendar(id: $id) {
      ...${($) => calendarBoardRow.spread({ first: $.first })}
    }
    invoiceList(first: 5) { ...${invoiceCard} }
  }`(),
);

export const listCalendarBoard = gql.default(({ query }) =>
  query("ListCalendarBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("calendarList", { first: $.first, status: $.status })(({ f }) => ({
        ...calendarCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateCalendarBoard = gql.default(({ mutation }) =>
  mutation("UpdateCalendarBoard")`($id: ID!, $input: CalendarInput!) {
    updateCalendar(id: $id, input: $input) {
      ...${calendarCore}
      updatedAt
    }
  }`(),
);
