import { gql } from "@/graphql-system";
import { labelBoardRow } from "./fragments";
import { labelCard, labelCore } from "@/entities/label";
import { planCard } from "@/entities/plan";

export const getLabelBoard = gql.default(({ query }) =>
  query("GetLabelBoard")`($id: ID!, $first: Int = 10) {
    label(id: $id) {
      ...${($) => labelBoardRow.spread({ first: $.first })}
    }
    planList(first: 5) { ...${planCard} }
  }`(),
);

export const listLabelBoard = gql.default(({ query }) =>
  query("ListLabelBoard")`($first: Int, $after: String, $status: Status) {
    labelList(first: $first, after: $after, status: $status) {
      ...${labelCard}
    }
  }`(),
);

export const updateLabelBoard = gql.default(({ mutation }) =>
  mutation("UpdateLabelBoard")`($id: ID!, $input: LabelInput!) {
    updateLabel(id: $id, input: $input) {
      ...${labelCore}
      updatedAt
    }
  }`(),
);
