// The documents the examples' definitions compile to (graphql-js `print` of the prebuilt
// DocumentNode), and the edits the dev tests make to them.

/** `GetUserPage` (both examples), optionally after the edits of the dev steps. */
export function getUserPage({ email = false, body = false } = {}) {
  return [
    "query GetUserPage($id: ID!) {",
    "  user(id: $id) {",
    "    id",
    "    name",
    ...(email ? ["    email"] : []),
    "    posts(first: 3) {",
    "      id",
    "      title",
    ...(body ? ["      body"] : []),
    "    }",
    "  }",
    "}",
  ].join("\n");
}

/** `GetUserCard` (the Next.js client component). */
export function getUserCard({ email = false } = {}) {
  return ["query GetUserCard($id: ID!) {", "  user(id: $id) {", "    id", "    name", ...(email ? ["    email"] : []), "    avatarUrl", "  }", "}"].join("\n");
}

/** The edits, as [from, to] in the fragment file and the operation's own file. */
export const EDITS = {
  fragmentAddsEmail: ["    id\n    name\n", "    id\n    name\n    email\n"],
  operationAddsBody: ["        ...${postFields}\n", "        ...${postFields}\n        body\n"],
  operationAddsUnknownField: ["      ...${userFields}\n", "      ...${userFields}\n      nickname\n"],
};
