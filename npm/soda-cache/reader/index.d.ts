// `soda-cache/reader`: read a soda-cache cache from JavaScript tooling.

export interface StoredDiagnostic {
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

export type Outcome =
  | { type: "fragment"; typename: string; key: string }
  | { type: "operation"; operationType: string; operationName: string; prebuild: unknown; text: string; sha256: string }
  | { type: "failed"; diagnostics: StoredDiagnostic[] };

export interface Definition {
  canonicalId: string;
  schema: string;
  fingerprint: string;
  outcome: Outcome;
}

export interface Shard {
  sourcePath: string;
  cacheKey: string;
  contentHash: string;
  kind: "definitions" | "stub";
  toolVersion: string;
  definitions: Definition[];
}

export interface Manifest {
  configDir: string;
  graphqlSystemAliases: string[];
  graphqlSystemDir: string;
  stubFiles: string[];
  schemas: string[];
  toolVersion: string;
}

export interface Cache {
  dir: string;
  manifest(): Manifest | null;
  cacheKey(file: string): string;
  filesOf(file: string): { shard: string; module: string };
  shard(file: string): Shard | null;
  definitions(file: string): Definition[];
  artifact(file: string, canonicalId: string): Outcome | undefined;
  isStale(file: string): boolean;
  digestOf(file: string): string;
}

export function openCache(cacheDir: string): Cache;
export function cacheKey(cacheDir: string, file: string): string;
export function shardFileName(cacheKey: string): string;
export function moduleFileName(cacheKey: string): string;
export function contentHash(bytes: Uint8Array): string;
export function readShard(bytes: Uint8Array): Shard;
export function readManifest(bytes: Uint8Array): Manifest;
