// The packed npm packages (scripts/pack) and the installed `soda-cache` in a prepared example:
// what the tarballs hold, how the plugin and runtime resolve, the CLI launcher.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { appDir, tarballs, localBin } from "./support/paths.mjs";
import { run } from "./support/processes.mjs";

const app = appDir("vite-app");
const [mainTarball, cliTarball] = tarballs();

function tarList(tarball) {
  return run("tar", ["-tzf", tarball], { cwd: path.dirname(tarball) })
    .output.trim()
    .split("\n")
    .map((entry) => entry.replace(/^package\//, ""))
    .sort();
}

/** Runs `source` with Node in the app (an ES module unless `commonjs`); returns its stdout. */
function node(source, { commonjs = false } = {}) {
  return run(process.execPath, [`--input-type=${commonjs ? "commonjs" : "module"}`, "-e", source], { cwd: app }).output;
}

test("the tarballs hold only what users need", () => {
  assert.deepEqual(tarList(mainTarball), [
    "README.md",
    "bin/soda-cache.cjs",
    "jest.cjs",
    "package.json",
    "reader/index.cjs",
    "reader/index.d.ts",
    "reader/soda_cache_reader.js",
    "reader/soda_cache_reader_bg.wasm",
    "runtime/index.cjs",
    "runtime/index.d.ts",
    "runtime/index.mjs",
    "soda_cache_swc_plugin.wasm",
    "types.d.ts",
  ]);
  assert.deepEqual(tarList(cliTarball), ["README.md", "bin/soda-cache", "package.json"]);
});

test("the package resolves to the .wasm by name, and declares every platform's CLI", () => {
  const manifest = JSON.parse(readFileSync(path.join(app, "node_modules/soda-cache/package.json"), "utf8"));
  assert.equal(manifest.main, "soda_cache_swc_plugin.wasm");
  assert.equal(manifest.preferUnplugged, true);
  assert.ok(manifest.keywords.includes("swc-plugin"));
  assert.deepEqual(Object.keys(manifest.optionalDependencies).sort(), [
    "@soda-cache/cli-darwin-arm64",
    "@soda-cache/cli-darwin-x64",
    "@soda-cache/cli-linux-arm64",
    "@soda-cache/cli-linux-x64",
    "@soda-cache/cli-win32-x64",
  ]);
  for (const version of Object.values(manifest.optionalDependencies)) assert.equal(version, manifest.version);
  const resolved = node(`process.stdout.write(require.resolve("soda-cache"))`, { commonjs: true });
  assert.equal(resolved, path.join(app, "node_modules/soda-cache/soda_cache_swc_plugin.wasm"));
  assert.ok(readFileSync(resolved).subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d])), "not a wasm module");
});

test("soda-cache/runtime is real ESM and real CommonJS, with the same behaviour", () => {
  const runtimeDir = path.join(app, "node_modules/soda-cache/runtime");
  // A CommonJS-wrapping ESM entry is what broke Vite's dev server: neither entry loads the other.
  assert.doesNotMatch(readFileSync(path.join(runtimeDir, "index.mjs"), "utf8"), /\bimport\b|\brequire\(/);
  assert.doesNotMatch(readFileSync(path.join(runtimeDir, "index.cjs"), "utf8"), /\bimport\b|\bexport\b/);
  const probe = (load) => `
    const { gqlRuntime } = ${load};
    const op = gqlRuntime.operation({ prebuild: { operationType: "query", operationName: "Q", schemaLabel: "default", variableNames: ["id"], document: { kind: "Document", definitions: [] } } });
    const fragment = gqlRuntime.fragment({ prebuild: { typename: "User", key: "F", schemaLabel: "default" } }).attach({ name: "label", createValue: (e) => e.key + "!" });
    let missing;
    try { gqlRuntime.getOperation("Nope"); } catch (error) { missing = error.message; }
    process.stdout.write(JSON.stringify({ keys: Object.keys(gqlRuntime), op, same: gqlRuntime.getOperation("Q") === op, fragment, label: fragment.label, missing }));`;
  const esm = node(`${probe(`await import("soda-cache/runtime")`)}\nconst ns = await import("soda-cache/runtime"); if ("default" in ns) throw new Error("default export");`);
  const cjs = node(probe(`require("soda-cache/runtime")`), { commonjs: true });
  assert.equal(cjs, esm);
  assert.deepEqual(JSON.parse(esm).keys, ["fragment", "operation", "getOperation"]);
  assert.equal(JSON.parse(esm).label, "F!");
});

test("the CLI launcher runs this platform's binary, of the same version, and passes its exit code", () => {
  const { version } = JSON.parse(readFileSync(path.join(app, "node_modules/soda-cache/package.json"), "utf8"));
  assert.ok(existsSync(path.join(app, `node_modules/@soda-cache/cli-${process.platform}-${process.arch}/bin/soda-cache`)));
  assert.equal(run(localBin(app, "soda-cache"), ["--version"], { cwd: app }).output.trim(), `soda-cache ${version}`);
  const missingConfig = run(localBin(app, "soda-cache"), ["build", "--config", "no-such-config.json"], { cwd: app, allowFailure: true });
  assert.equal(missingConfig.status, 2, missingConfig.output);
});

test("soda-cache/reader lists a file's definitions, reads its artifacts and sees staleness", () => {
  run(localBin(app, "soda-cache"), ["build", "--quiet"], { cwd: app });
  const report = JSON.parse(node(`
    const { openCache } = require("soda-cache/reader");
    const fs = require("node:fs");
    const cache = openCache(".soda-cache");
    const file = "src/graphql/operations.ts";
    const definitions = cache.definitions(file);
    const operation = definitions.find((d) => d.outcome.type === "operation");
    const before = { stale: cache.isStale(file), digest: cache.digestOf(file) };
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text + "\\n// touched\\n");
    const after = { stale: cache.isStale(file) };
    fs.writeFileSync(file, text);
    process.stdout.write(JSON.stringify({
      key: cache.cacheKey(file),
      kinds: definitions.map((d) => d.outcome.type),
      ids: definitions.map((d) => d.canonicalId),
      name: operation?.outcome.operationName,
      text: operation?.outcome.text,
      sameArtifact: JSON.stringify(cache.artifact(file, operation?.canonicalId)) === JSON.stringify(operation?.outcome),
      before, after,
      manifest: cache.manifest()?.schemas,
      stub: cache.shard("src/graphql-system/index.ts")?.kind,
    }));`, { commonjs: true }));
  assert.equal(report.key, "../src/graphql/operations.ts");
  assert.ok(report.kinds.includes("operation"), JSON.stringify(report));
  assert.ok(report.ids.every((id) => id.startsWith("src/graphql/operations.ts::")), JSON.stringify(report.ids));
  assert.ok(report.text?.startsWith(`query ${report.name}`), report.text);
  assert.equal(report.sameArtifact, true);
  assert.deepEqual(report.before.stale, false);
  assert.match(report.before.digest, /^[0-9a-f]{16}:[0-9a-f]{16}$/);
  assert.equal(report.after.stale, true);
  assert.deepEqual(report.manifest, ["default"]);
  assert.equal(report.stub, "stub");
});
