import { gql } from "@/graphql-system";
import { labelBoardRow } from "./fragments";
import { labelCard, labelCore } from "@/entities/label";
import { projectCard } from "@/entities/project";

export const getLabelBoard = gql.default(({ query }) =>
  query("GetLabelBoard")`($id: ID!, $first: Int = 10) {
    label(id: $id) {
      ...${($) => labelBoardRow.spread({ first: $.first })}
    }
    projectList(first: 5) { ...${projectCard} }
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
