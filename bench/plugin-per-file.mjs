// Per-file cost of the soda-cache plugin against the no-op plugin and no plugin, under @swc/core,
// measured in one run (ratios are what to compare; this machine is noisy).
//   node bench/plugin-per-file.mjs --plugin soda_cache_swc_plugin.wasm --noop soda_cache_noop_plugin.wasm --bin soda-cache
// Uses the example app fixtures/apps/basic (built first) and repeats each file many times.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

import { transformSync } from "@swc/core";

const root = path.resolve(fileURLToPath(import.meta.url), "../..");
const { values } = parseArgs({
  options: { plugin: { type: "string" }, noop: { type: "string" }, bin: { type: "string" }, rounds: { type: "string", default: "200" } },
});
const app = path.join(root, "fixtures/apps/basic");
execFileSync(values.bin, ["build", "--quiet"], { cwd: app });
const files = readdirSync(path.join(app, "src"), { recursive: true })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(app, "src", f));
const sources = files.map((f) => [f, readFileSync(f, "utf8")]);
const cacheDir = path.relative(process.cwd(), path.join(app, ".soda-cache"));
const cacheRoot = path.join(root, ".tmp/bench-swc");

function run(plugins) {
  const options = (filename) => ({
    filename,
    swcrc: false,
    jsc: { parser: { syntax: "typescript" }, target: "es2022", experimental: { plugins, cacheRoot } },
  });
  for (const [f, s] of sources) transformSync(s, options(f)); // warm: compile and cache the module
  const rounds = Number(values.rounds);
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const [f, s] of sources) transformSync(s, options(f));
  return Number(process.hrtime.bigint() - start) / 1e6 / (rounds * sources.length);
}

const none = run([]);
const noop = run([[path.resolve(values.noop), {}]]);
const soda = run([[path.resolve(values.plugin), { cacheDir }]]);
const inline = run([[path.resolve(values.plugin), { cacheDir, emit: "inline" }]]);
console.log(`files: ${sources.length}, rounds: ${values.rounds}`);
console.log(`no plugin         ${none.toFixed(3)} ms/file`);
console.log(`no-op plugin      ${noop.toFixed(3)} ms/file`);
console.log(`soda-cache module ${soda.toFixed(3)} ms/file  (${(soda / noop).toFixed(2)}x no-op)`);
console.log(`soda-cache inline ${inline.toFixed(3)} ms/file  (${(inline / noop).toFixed(2)}x no-op)`);
