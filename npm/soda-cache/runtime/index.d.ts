// Types of the soda-cache runtime (`soda-cache/runtime`), shared by its ESM and CommonJS entries.

/** A plugin-provided value attached to an element with `.attach(...)`. */
export interface Attachment<E, V = unknown> {
  name: string;
  createValue(element: E): V;
}

export interface FragmentElement {
  typename: string;
  key: string;
  schemaLabel: string;
  variableDefinitions: Record<string, unknown>;
  attach(attachments: Attachment<this> | Attachment<this>[]): this;
}

export interface OperationElement {
  operationType: "query" | "mutation" | "subscription";
  operationName: string;
  schemaLabel: string;
  variableNames: string[];
  /** The compiled graphql-js `DocumentNode` (print it with graphql's `print`). */
  document: { kind: "Document"; definitions: readonly unknown[] };
  metadata?: unknown;
  attach(attachments: Attachment<this> | Attachment<this>[]): this;
}

export declare const gqlRuntime: {
  fragment(input: { prebuild: { typename: string; key: string; schemaLabel: string } }): FragmentElement;
  operation(input: { prebuild: Record<string, unknown>; runtime?: unknown }): OperationElement;
  /** The operation registered under `name` by a transformed module that has run. */
  getOperation(name: string): OperationElement;
};
