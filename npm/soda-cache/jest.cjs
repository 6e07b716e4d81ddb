// `soda-cache/jest`: @swc/jest with the soda-cache plugin, and a cache key that covers the cache.
//
//   transform: { "^.+\\.(t|j)sx?$": ["soda-cache/jest", { jsc: { parser: { syntax: "typescript", tsx: true } } }] }
//
// The options are @swc/jest's. The plugin is added when the options do not list it, with
// `emit: "inline"` unless told otherwise: Jest (CommonJS mode) cannot load the artifact modules
// `emit: "module"` imports, so the artifacts go into the transformed file itself.
//
// Why a wrapper: @swc/jest keys its cache on the file's own source and options, but an inline
// transform also depends on what `soda-cache build` wrote (a fragment edited in another file
// changes this file's documents). The plugin reads exactly the manifest and this file's shard,
// so those two files join the key (named as the plugin names them, through soda-cache/reader).
"use strict";

const { createHash } = require("node:crypto");
const path = require("node:path");
const { openCache } = require("./reader/index.cjs");

const WASM = path.join(__dirname, "soda_cache_swc_plugin.wasm");

function isSodaCache(name) {
  return name === "soda-cache" || path.resolve(name) === WASM;
}

/** The options with the soda-cache entry present, named by absolute path, `emit` defaulted. */
function withPlugin(options) {
  const jsc = { ...options.jsc };
  const experimental = { ...jsc.experimental };
  const plugins = [...(experimental.plugins ?? [])];
  const index = plugins.findIndex(([name]) => isSodaCache(name));
  const pluginOptions = { emit: "inline", ...(index >= 0 ? plugins[index][1] : {}) };
  if (index >= 0) plugins[index] = [WASM, pluginOptions];
  else plugins.push([WASM, pluginOptions]);
  return { options: { ...options, jsc: { ...jsc, experimental: { ...experimental, plugins } } }, pluginOptions };
}

function createTransformer(userOptions = {}) {
  // Required here, not at load: @swc/jest is an optional peer dependency of soda-cache.
  const swcJest = require("@swc/jest");
  const { options, pluginOptions } = withPlugin(userOptions);
  const inner = swcJest.createTransformer(options);
  const cache = () => openCache(path.resolve(process.cwd(), pluginOptions.cacheDir ?? ".soda-cache"));
  return {
    ...inner,
    getCacheKey(source, filename, ...rest) {
      return createHash("sha256")
        .update(inner.getCacheKey(source, filename, ...rest))
        .update("\0")
        .update(cache().digestOf(filename))
        .digest("hex");
    },
  };
}

module.exports = { createTransformer };
