// soda-cache/jest is @swc/jest (same options) with the soda-cache plugin added, in `emit: "inline"`
// mode, and a cache key that also covers the cache, so a fragment rebuilt in another file
// reaches cached tests. Run `soda-cache build` first (`npm test` does).
/** @type {import("jest").Config} */
export default {
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": [
      "soda-cache/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
};
