import { expect, test } from "@jest/globals";
import { print } from "graphql";

import { getUserPage } from "../graphql/operations";

test("the operation is the prebuilt document, fragments inlined", () => {
  expect(getUserPage.operationName).toBe("GetUserPage");
  expect(print(getUserPage.document)).toContain("posts(first: 3) {\n      id\n      title\n");
});
