"use client";
// A client component with its own definition: the plugin must keep "use client" first.
import { print } from "graphql";
import { useState } from "react";

import { gql } from "@/graphql-system";
import { userFields } from "@/graphql/fragments/user";

const getUserCard = gql.default(({ query }) =>
  query("GetUserCard")`($id: ID!) {
    user(id: $id) {
      ...${userFields}
      avatarUrl
    }
  }`(),
);

export function UserCard() {
  const [open, setOpen] = useState(true);
  return (
    <section>
      <h2 id="client-operation-name">{getUserCard.operationName}</h2>
      <button type="button" onClick={() => setOpen(!open)}>
        {open ? "hide" : "show"} document
      </button>
      {open && <pre id="client-document">{print(getUserCard.document)}</pre>}
    </section>
  );
}
