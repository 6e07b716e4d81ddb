import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react-swc";
import type { SodaCachePluginOptions } from "soda-cache";
import { defineConfig } from "vite";

// The SWC plugin by package name; it reads `.soda-cache/` from Vite's working directory.
const sodaCache: SodaCachePluginOptions = {};

export default defineConfig({
  // `@/graphql-system` imports are removed by the plugin; the alias serves the others.
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  plugins: [react({ plugins: [["soda-cache", sodaCache]] })],
});
