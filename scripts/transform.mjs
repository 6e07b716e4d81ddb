// Transforms TypeScript files through the soda-cache plugin with @swc/core, as `.swcrc` would:
//   node scripts/transform.mjs --plugin <soda_cache_swc_plugin.wasm> [--cache-dir DIR] [--emit module|inline] [--env development|production|test] [--runtime-module M] FILE...
// Prints each transformed file. Paths are relative to the current directory (the host's cwd).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { transformSync } from "@swc/core";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    plugin: { type: "string" },
    "cache-dir": { type: "string", default: ".soda-cache" },
    emit: { type: "string", default: "module" },
    // The host's build environment (SWC's `envName`): `inline` is refused in development.
    env: { type: "string", default: "development" },
    // Unset: the plugin's own default (`soda-cache/runtime`).
    "runtime-module": { type: "string" },
  },
});
if (!values.plugin || positionals.length === 0) {
  console.error("usage: node scripts/transform.mjs --plugin PLUGIN.wasm [--cache-dir DIR] [--emit module|inline] [--env NAME] FILE...");
  process.exit(2);
}
for (const file of positionals) {
  const filename = path.resolve(file);
  const { code } = transformSync(readFileSync(filename, "utf8"), {
    filename,
    swcrc: false,
    envName: values.env,
    jsc: {
      parser: { syntax: "typescript", tsx: filename.endsWith(".tsx") },
      target: "es2022",
      experimental: {
        plugins: [[path.resolve(values.plugin), { cacheDir: values["cache-dir"], emit: values.emit, ...(values["runtime-module"] ? { runtimeModule: values["runtime-module"] } : {}) }]],
      },
    },
  });
  console.log(`// ---- ${file}\n${code}`);
}
