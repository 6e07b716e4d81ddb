import { gql } from "@/graphql-system";
import { userSettingsRow } from "./fragments";
import { userCard, userCore } from "@/entities/user";

export const getUserSettings = gql.default(({ query }) =>
  query("GetUserSettings")`($id: ID!, $first: Int = 10) {
    user(id: $id) {
      ...${($) => userSettingsRow.spread({ first: $.first })}
    }
    userList(first: 5) { ...${userCard} }
  }`(),
);

export const listUserSettings = gql.default(({ query }) =>
  query("ListUserSettings")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("userList", { first: $.first, status: $.status })(({ f }) => ({
        ...userCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateUserSettings = gql.default(({ mutation }) =>
  mutation("UpdateUserSettings")`($id: ID!, $input: UserInput!) {
    updateUser(id: $id, input: $input) {
      ...${userCore}
      updatedAt
    }
  }`(),
);
