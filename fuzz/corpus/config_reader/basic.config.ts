import { defineConfig } from "@soda-gql/config";

export default defineConfig({
  outdir: "./src/graphql-system",
  include: ["./src/**/*.ts", "./src/**/*.tsx"],
  schemas: {
    default: { schema: "../../schemas/default.graphql", inject: "./src/graphql-system/default.inject.ts" },
    admin: { schema: ["../../schemas/admin.graphql"], inject: { scalars: "./src/graphql-system/admin.inject.ts" } },
  },
});
