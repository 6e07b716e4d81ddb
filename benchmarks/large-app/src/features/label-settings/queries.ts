import { gql } from "@/graphql-system";
import { labelSettingsRow } from "./fragments";
import { labelCard, labelCore } from "@/entities/label";
import { planCard } from "@/entities/plan";

export const getLabelSettings = gql.default(({ query }) =>
  query("GetLabelSettings")`($id: ID!, $first: Int = 10) {
    label(id: $id) {
      ...${($) => labelSettingsRow.spread({ first: $.first })}
    }
    planList(first: 5) { ...${planCard} }
  }`(),
);

export const listLabelSettings = gql.default(({ query }) =>
  query("ListLabelSettings")`($first: Int, $after: String, $status: Status) {
    labelList(first: $first, after: $after, status: $status) {
      ...${labelCard}
    }
  }`(),
);

export const updateLabelSettings = gql.default(({ mutation }) =>
  mutation("UpdateLabelSettings")`($id: ID!, $input: LabelInput!) {
    updateLabel(id: $id, input: $input) {
      ...${labelCore}
      updatedAt
    }
  }`(),
);
