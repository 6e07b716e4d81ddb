// A small implementation of soda-gql's runtime contract (`gqlRuntime`), so code transformed by
// the soda-cache plugin runs in tests and examples without upstream's packages. Point the
// plugin's `runtimeModule` option at this file (or at `@soda-gql/core/runtime` in real apps).
"use strict";

const operations = new Map();

function withAttach(element) {
  Object.defineProperty(element, "attach", {
    enumerable: false,
    value(attachments) {
      for (const attachment of [].concat(attachments)) {
        const value = attachment.createValue(element);
        Object.defineProperty(element, attachment.name, { enumerable: true, get: () => value });
      }
      return element;
    },
  });
  return element;
}

const gqlRuntime = {
  /** A fragment element from its prebuild `{ typename, key, schemaLabel }`. */
  fragment({ prebuild }) {
    return withAttach({
      typename: prebuild.typename,
      key: prebuild.key,
      schemaLabel: prebuild.schemaLabel,
      variableDefinitions: {},
    });
  },
  /** An operation element; registered by name for `getOperation`. */
  operation({ prebuild }) {
    const operation = withAttach({
      operationType: prebuild.operationType,
      operationName: prebuild.operationName,
      schemaLabel: prebuild.schemaLabel,
      variableNames: prebuild.variableNames,
      document: prebuild.document,
      metadata: prebuild.metadata,
    });
    operations.set(prebuild.operationName, operation);
    return operation;
  },
  /** The operation registered under `name`. */
  getOperation(name) {
    const operation = operations.get(name);
    if (operation === undefined) {
      throw new Error(`Operation ${name} not found`);
    }
    return operation;
  },
};

module.exports = { gqlRuntime };
