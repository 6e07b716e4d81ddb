// A small implementation of soda-gql's runtime contract (`gqlRuntime`): code transformed by the
// soda-cache plugin calls it with each prebuilt artifact. This ES module is the one source;
// the CommonJS entry (index.cjs) is generated from it when the package is packed
// (npm/stage.mjs), so both entries are real modules with the same code.

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

export const gqlRuntime = {
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
