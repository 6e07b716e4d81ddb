import { gql } from "@/graphql-system";
import { accountBoardRow } from "./fragments";
import { accountCard, accountCore } from "@/entities/account";
import { channelCard } from "@/entities/channel";

export const getAccountBoard = gql.default(({ query }) =>
  query("GetAccountBoard")`($id: ID!, $first: Int = 10) {
    account(id: $id) {
      ...${($) => accountBoardRow.spread({ first: $.first })}
    }
    channelList(first: 5) { ...${channelCard} }
  }`(),
);

export const listAccountBoard = gql.default(({ query }) =>
  query("ListAccountBoard")({
    variables: `($first: Int, $status: Status)`,
    fields: ({ f, $ }) => ({
      ...f("accountList", { first: $.first, status: $.status })(({ f }) => ({
        ...accountCard.spread({}),
        ...f("score")(),
      })),
    }),
  })(),
);

export const updateAccountBoard = gql.default(({ mutation }) =>
  mutation("UpdateAccountBoard")`($id: ID!, $input: AccountInput!) {
    updateAccount(id: $id, input: $input) {
      ...${accountCore}
      updatedAt
    }
  }`(),
);
