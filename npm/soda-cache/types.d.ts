// Options of the soda-cache SWC plugin: the second element of a `["soda-cache", options]` entry
// in Next.js `experimental.swcPlugins`, `@vitejs/plugin-react-swc` `plugins`, `.swcrc`
// `jsc.experimental.plugins` or `@swc/jest`. Unknown keys are an error.
export interface SodaCachePluginOptions {
  /**
   * The cache written by `soda-cache build`, relative to the host's working directory (or
   * absolute inside it: the plugin can only read below the working directory).
   * @default ".soda-cache"
   */
  cacheDir?: string;
  /**
   * The module the transformed code imports `gqlRuntime` from.
   * @default "soda-cache/runtime"
   */
  runtimeModule?: string;
  /**
   * `"module"`: import the builder-generated artifact module of each file, so the bundler
   * tracks it and hot-reloads a fragment edited in another file (dev servers, bundles).
   * `"inline"`: embed the artifacts (one-shot builds; what `soda-cache/jest` uses).
   * @default "module"
   */
  emit?: "module" | "inline";
  /**
   * Print the plugin's cache lookups on stderr (like `SODA_CACHE_DEBUG=1`, for hosts that pass
   * no environment variables to plugins, such as Next.js).
   * @default false
   */
  debug?: boolean;
}

/** A plugin entry as hosts take it: `["soda-cache", { ... }]`. */
export type SodaCachePluginEntry = ["soda-cache", SodaCachePluginOptions];

