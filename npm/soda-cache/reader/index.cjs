// `soda-cache/reader`: the cache as JavaScript tooling sees it, through the same Rust code the
// plugin uses (compiled with wasm-bindgen): which files a source's definitions live in, what
// they compiled to, whether the source changed since, and a key that changes when they do.
"use strict";

const { readFileSync } = require("node:fs");
const path = require("node:path");
const native = require("./soda_cache_reader.js");

function readOrNull(file) {
  try {
    return readFileSync(file);
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

/** The cache at `cacheDir` (absolute, or relative to the current directory). */
function openCache(cacheDir) {
  const dir = path.resolve(cacheDir);
  const keyOf = (file) => native.cacheKey(dir.split(path.sep).join("/"), path.resolve(file).split(path.sep).join("/"));
  const shardPath = (file) => path.join(dir, "shards", native.shardFileName(keyOf(file)));
  return {
    /** The cache dir. */
    dir,
    /** The manifest, or `null` when the cache was never built. */
    manifest() {
      const bytes = readOrNull(path.join(dir, "manifest.rkyv"));
      return bytes === null ? null : JSON.parse(native.readManifest(bytes));
    },
    /** `file`'s path relative to the cache dir: what names its shard and artifact module. */
    cacheKey: keyOf,
    /** The files the plugin reads for `file`: its shard, and its artifact module. */
    filesOf(file) {
      const key = keyOf(file);
      return { shard: shardPath(file), module: path.join(dir, "modules", native.moduleFileName(key)) };
    },
    /** `file`'s shard (`{ sourcePath, kind, definitions, ... }`), or `null` when it has none. */
    shard(file) {
      const bytes = readOrNull(shardPath(file));
      return bytes === null ? null : JSON.parse(native.readShard(bytes));
    },
    /** The definitions of `file` (`[]` without a shard). */
    definitions(file) {
      return this.shard(file)?.definitions ?? [];
    },
    /** The artifact of the definition `canonicalId` of `file`, or `undefined`. */
    artifact(file, canonicalId) {
      return this.definitions(file).find((d) => d.canonicalId === canonicalId)?.outcome;
    },
    /** Whether `file` changed since its shard was written (`true` without a shard). */
    isStale(file) {
      const bytes = readOrNull(shardPath(file));
      return bytes === null || native.isStale(bytes, readFileSync(file));
    },
    /**
     * A string that changes whenever what the plugin reads for `file` changes (the manifest and
     * `file`'s shard): for transform caches keyed on a file's own source, such as Jest's.
     */
    digestOf(file) {
      const manifest = readOrNull(path.join(dir, "manifest.rkyv"));
      const shard = readOrNull(shardPath(file));
      return [manifest, shard].map((bytes) => (bytes === null ? "-" : native.contentHash(bytes))).join(":");
    },
  };
}

module.exports = {
  openCache,
  cacheKey: native.cacheKey,
  shardFileName: native.shardFileName,
  moduleFileName: native.moduleFileName,
  contentHash: native.contentHash,
  readShard: (bytes) => JSON.parse(native.readShard(bytes)),
  readManifest: (bytes) => JSON.parse(native.readManifest(bytes)),
};
