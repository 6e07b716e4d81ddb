// Lays out the npm packages for `npm pack` (scripts/pack runs this): copies npm/soda-cache and
// this machine's npm/cli-<platform> into a staging folder, puts the built .wasm, the reader
// (wasm-bindgen output) and the binary in, and generates the CommonJS runtime entry from the ES
// module one. Nothing is written in npm/.
//   node npm/stage.mjs <stage-dir> <soda-cache binary> <plugin .wasm> <reader dir>
//   node npm/stage.mjs --cli-only <stage-dir> <soda-cache binary>   (the release workflow, per platform)
// Prints the staged package folders, one per line.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const npmDir = path.dirname(fileURLToPath(import.meta.url));
const cliOnly = process.argv[2] === "--cli-only";
const [stageDir, bin, wasm, readerDir] = process.argv.slice(cliOnly ? 3 : 2);
if (!stageDir || !bin || (!cliOnly && (!wasm || !readerDir))) {
  console.error("usage: node npm/stage.mjs STAGE_DIR SODA_CACHE_BIN SODA_CACHE_PLUGIN_WASM READER_DIR");
  console.error("       node npm/stage.mjs --cli-only STAGE_DIR SODA_CACHE_BIN");
  process.exit(2);
}

/** index.cjs from index.mjs: the runtime has no imports and exports only `export const`s. */
function commonJsRuntime(esm) {
  const names = [...esm.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
  const otherModuleSyntax = esm.split("\n").some((line) => /^(import\b|export\b(?! const \w+ =))/.test(line));
  if (names.length === 0 || otherModuleSyntax) {
    throw new Error("runtime/index.mjs must consist of `export const NAME = ...` declarations and no imports");
  }
  const body = esm.replace(/^export const /gm, "const ");
  return `// Generated from index.mjs when the package was packed. Do not edit.\n"use strict";\n\n${body}\nmodule.exports = { ${names.join(", ")} };\n`;
}

const pkg = (dir) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
const main = path.join(npmDir, "soda-cache");
const platform = `cli-${process.platform}-${process.arch}`;
const version = pkg(main).version;

// The binary, the plugin and the packages must be one version: the launcher refuses a mismatch.
const binVersion = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim().split(/\s+/).pop();
for (const [what, found] of [["soda-cache --version", binVersion], [`npm/${platform}`, pkg(path.join(npmDir, platform)).version]]) {
  if (found !== version) throw new Error(`${what} is ${found}, npm/soda-cache/package.json is ${version}`);
}
for (const dep of Object.entries(pkg(main).optionalDependencies)) {
  if (dep[1] !== version) throw new Error(`optional dependency ${dep[0]} is pinned to ${dep[1]}, not ${version}`);
}

rmSync(stageDir, { recursive: true, force: true });
if (!cliOnly) stageMain();
stageCli();

function stageMain() {
  const stagedMain = path.join(stageDir, "soda-cache");
  cpSync(main, stagedMain, { recursive: true });
  copyFileSync(wasm, path.join(stagedMain, "soda_cache_swc_plugin.wasm"));
  chmodSync(path.join(stagedMain, "soda_cache_swc_plugin.wasm"), 0o644);
  const runtime = path.join(stagedMain, "runtime");
  writeFileSync(path.join(runtime, "index.cjs"), commonJsRuntime(readFileSync(path.join(runtime, "index.mjs"), "utf8")));
  chmodSync(path.join(stagedMain, "bin/soda-cache.cjs"), 0o755);
  for (const file of ["soda_cache_reader.js", "soda_cache_reader_bg.wasm"]) {
    copyFileSync(path.join(readerDir, file), path.join(stagedMain, "reader", file));
  }
  console.log(stagedMain);
}

function stageCli() {
  const stagedCli = path.join(stageDir, platform);
  cpSync(path.join(npmDir, platform), stagedCli, { recursive: true });
  mkdirSync(path.join(stagedCli, "bin"), { recursive: true });
  const exe = path.join(stagedCli, "bin", process.platform === "win32" ? "soda-cache.exe" : "soda-cache");
  copyFileSync(bin, exe);
  chmodSync(exe, 0o755);
  console.log(stagedCli);
}
