// The soda-cache SWC plugin, by package name (Turbopack resolves plugins as module requests, so
// an absolute path would fail). It reads `.soda-cache/` from Next's working directory.
const root = import.meta.dirname;

/** @type {import("next").NextConfig} */
export default {
  experimental: {
    swcPlugins: [["soda-cache", {}]],
  },
  // This example sits inside another repository: keep Next's root (and Turbopack's, whose
  // file paths the plugin maps below its working directory) at the app, beside `.soda-cache/`.
  turbopack: { root },
  outputFileTracingRoot: root,
};
