import { print } from "graphql";

import { getUserPage } from "./graphql/operations";

export function App() {
  return (
    <main>
      <h1 id="operation-name">{getUserPage.operationName}</h1>
      <pre id="document">{print(getUserPage.document)}</pre>
    </main>
  );
}
