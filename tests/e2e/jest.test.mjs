// Jest 30 + soda-cache/jest (@swc/jest 0.2 with the plugin) in examples/vite-app, with Jest's
// transform cache on: a fragment edited in another file, then `soda-cache build`, must change
// what the next run sees. Plain @swc/jest with `emit: "inline"`, run the same way, is the
// control that shows why the wrapper exists (its cache key is the file's own source); plain
// @swc/jest with `emit: "module"` works when its pattern also transforms the `.mjs` modules.
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";

import { EDITS, getUserPage } from "./support/documents.mjs";
import { sourceEditor } from "./support/edits.mjs";
import { appDir, scratchDir, localBin } from "./support/paths.mjs";
import { HOST_ENV, run } from "./support/processes.mjs";

const app = appDir("vite-app");
assert.ok(existsSync(path.join(app, "node_modules/soda-cache")), `${app} is not prepared: run scripts/test-hosts`);

const PROBE = "src/__tests__/e2e-probe.test.ts";
// A test that writes what it sees: the printed document of the operation.
const PROBE_SOURCE = `import { writeFileSync } from "node:fs";
import { test } from "@jest/globals";
import { print } from "graphql";

import { getUserPage } from "../graphql/operations";

test("probe", () => {
  writeFileSync(process.env.SODA_CACHE_E2E_PROBE as string, print(getUserPage.document));
});
`;
const probeOut = path.join(scratchDir, "jest-probe.txt");
const files = sourceEditor(app);

/** `--config` for plain @swc/jest on files matching `pattern`, the plugin in `emit` mode. */
function plainSwcJest(emit, pattern) {
  const wasm = path.join(app, "node_modules/soda-cache/soda_cache_swc_plugin.wasm");
  const swc = { jsc: { parser: { syntax: "typescript", tsx: true }, experimental: { plugins: [[wasm, { emit }]] } } };
  return ["--config", JSON.stringify({ rootDir: app, testEnvironment: "node", transform: { [pattern]: ["@swc/jest", swc] } })];
}

const RUNS = {
  "soda-cache/jest (the example's jest.config.js)": { config: [], sees: "new" },
  "plain @swc/jest, emit: inline (control)": { config: plainSwcJest("inline", "^.+\\.(t|j)sx?$"), sees: "stale" },
  "plain @swc/jest, emit: module, .mjs transformed too": { config: plainSwcJest("module", "^.+\\.(t|j)sx?$|^.+\\.mjs$"), sees: "new" },
};

/** Runs the probe with Jest's cache in its own folder per run kind; returns what it saw. */
function probe(name) {
  rmSync(probeOut, { force: true });
  const cacheDirectory = path.join(scratchDir, `jest-cache-${Object.keys(RUNS).indexOf(name)}`);
  run(localBin(app, "jest"), [...RUNS[name].config, "--cacheDirectory", cacheDirectory, "e2e-probe"], {
    cwd: app,
    env: { ...HOST_ENV, SODA_CACHE_E2E_PROBE: probeOut },
  });
  return readFileSync(probeOut, "utf8");
}

after(() => {
  files.restore();
  rmSync(path.join(app, PROBE), { force: true });
  run(localBin(app, "soda-cache"), ["clean"], { cwd: app });
});

test("npm test (soda-cache build && jest) passes", () => {
  run("npm", ["test"], { cwd: app });
});

test("a fragment edited in another file reaches the next cached run after soda-cache build", () => {
  writeFileSync(path.join(app, PROBE), PROBE_SOURCE);
  Object.keys(RUNS).forEach((_, i) => rmSync(path.join(scratchDir, `jest-cache-${i}`), { recursive: true, force: true }));
  run(localBin(app, "soda-cache"), ["build", "--quiet"], { cwd: app });
  for (const name of Object.keys(RUNS)) assert.equal(probe(name), getUserPage(), name);

  files.edit("src/graphql/fragments/user.ts", ...EDITS.fragmentAddsEmail);
  run(localBin(app, "soda-cache"), ["build", "--quiet"], { cwd: app });
  for (const [name, { sees }] of Object.entries(RUNS)) {
    const expected = sees === "new" ? getUserPage({ email: true }) : getUserPage();
    assert.equal(probe(name), expected, `${name} should see the ${sees} document`);
  }
});
