import { gql } from "@/graphql-system";
import { reportBoardRow } from "./fragments";
import { notificationCard } from "@/entities/notification";
import { reportCard, reportCore } from "@/entities/report";

export const getReportBoard = gql.default(({ query }) =>
  query("GetReportBoard")`($id: ID!, $first: Int = 10) {
    report(id: $id) {
      ...${($) => reportBoardRow.spread({ first: $.first })}
    }
    notificationList(first: 5) { ...${notificationCard} }
  }`(),
);

export const listReportBoard = gql.default(({ query }) =>
  query("ListReportBoard")`($first: Int, $after: String, $status: Status) {
    reportList(first: $first, after: $after, status: $status) {
      ...${reportCard}
    }
  }`(),
);

export const updateReportBoard = gql.default(({ mutation }) =>
  mutation("UpdateReportBoard")`($id: ID!, $input: ReportInput!) {
    updateReport(id: $id, input: $input) {
      ...${reportCore}
      updatedAt
    }
  }`(),
);
