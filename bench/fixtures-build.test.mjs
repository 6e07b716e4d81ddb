// The committed fixtures build with zero diagnostics and as many definitions as their READMEs
// say. Needs a builder binary: SODA_CACHE_BIN (./scripts/test sets it); skipped without one.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { PRESETS } from "./generate-app.mjs";
import { countDiagnostics, parseSummary } from "./perf/parse.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = process.env.SODA_CACHE_BIN;

for (const name of Object.keys(PRESETS).filter((n) => PRESETS[n].committed)) {
  test(`benchmarks/${name} builds with zero diagnostics`, { skip: !bin && "set SODA_CACHE_BIN" }, () => {
    const app = path.join(mkdtempSync(path.join(os.tmpdir(), "fixture-build-")), name);
    cpSync(path.join(root, "benchmarks", name), app, { recursive: true, filter: (src) => !src.endsWith(".soda-cache") });
    const r = spawnSync(bin, ["build"], { cwd: app, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(countDiagnostics(r.stderr), { errors: 0, warnings: 0 }, r.stderr);
    const claimed = Number(readFileSync(path.join(app, "README.md"), "utf8").match(/(\d+) definitions\./)[1]);
    const summary = parseSummary(r.stdout);
    assert.equal(summary.definitions, claimed);
    assert.equal(summary.failed, 0);
  });
}
