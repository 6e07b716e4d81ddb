import { defineConfig } from "@soda-gql/config";

export default defineConfig({
  outdir: "./src/graphql-system",
  graphqlSystemAliases: ["@/graphql-system"],
  include: ["./src/**/*.{ts,tsx}"],
  tsconfigPath: "./tsconfig.json",
  schemas: {
    default: { schema: "./schema/app.graphql", inject: "./src/graphql-system/default.inject.ts" },
    admin: { schema: "./schema/admin.graphql", inject: "./src/graphql-system/admin.inject.ts" },
  },
});
