// Read statically by `soda-cache build` (never executed): the default export must be an object
// literal or `defineConfig({...})` from @soda-gql/config.
export default {
  outdir: "./src/graphql-system",
  graphqlSystemAliases: ["@/graphql-system"],
  include: ["./src/**/*.{ts,tsx}"],
  tsconfigPath: "./tsconfig.json",
  schemas: {
    default: { schema: "./schema.graphql" },
  },
};
