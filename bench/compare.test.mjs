// bench/compare.mjs: the 5% rule with noise floors, machine matching, the gate, and the CLI.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { compareFixture, gate, machineId, updateBaseline, verdict } from "./compare.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const MACHINE = { platform: "linux", arch: "x64", cpus: 2, cpu_model: "Test CPU" };
const OTHER = { ...MACHINE, cpu_model: "Other CPU" };

const result = (medians, { machine = MACHINE, fixture = "large-app", finished = "2026-01-01T00:00:00Z" } = {}) => ({
  schema: 1,
  fixture,
  machine,
  finished,
  harness_commit: "abc",
  binary: { version: "soda-cache 0.1.0" },
  load_average: { start: [1, 1, 1], end: [1, 1, 1] },
  medians,
});
const BASE = { "cold.wall_ms": 1000, "cold.max_rss_kb": 100_000, "session.touch_ms": 0.03, "cold.bytes_written": 5000, "rerun.hit_ratio": 1 };
const status = (rows, metric) => rows.find((r) => r.metric === metric)?.status;

test("more than 5% worse is a regression; 5% or less is not", () => {
  const same = { sameMachine: true, samePlatform: true };
  assert.equal(status(compareFixture(BASE, { ...BASE, "cold.wall_ms": 1060 }, same), "cold.wall_ms"), "regression");
  assert.equal(status(compareFixture(BASE, { ...BASE, "cold.wall_ms": 1040 }, same), "cold.wall_ms"), "ok");
  assert.equal(status(compareFixture(BASE, { ...BASE, "cold.wall_ms": 900 }, same), "cold.wall_ms"), "improved");
  assert.equal(status(compareFixture(BASE, { ...BASE, "rerun.hit_ratio": 0.5 }, same), "rerun.hit_ratio"), "regression");
  assert.equal(status(compareFixture(BASE, { ...BASE, "cold.bytes_written": 5300 }, same), "cold.bytes_written"), "regression");
});

test("changes under a metric's noise floor are not regressions", () => {
  const rows = compareFixture(BASE, { ...BASE, "session.touch_ms": 0.06 }, { sameMachine: true, samePlatform: true });
  assert.equal(status(rows, "session.touch_ms"), "ok");
});

test("times are compared only on the machine the baseline was recorded on", () => {
  const rows = compareFixture(BASE, { ...BASE, "cold.wall_ms": 5000, "cold.bytes_written": 6000 }, { sameMachine: false, samePlatform: true });
  assert.equal(status(rows, "cold.wall_ms"), "skipped (other machine)");
  assert.equal(status(rows, "cold.bytes_written"), "regression");
});

test("verdicts pick the baseline entry of the same machine", () => {
  const baseline = updateBaseline(updateBaseline(undefined, [result(BASE, { machine: OTHER })]), [result(BASE)]);
  assert.equal(baseline.entries.length, 2);
  const slower = verdict([result({ ...BASE, "cold.wall_ms": 1100 })], baseline);
  assert.equal(slower.baseline_machine_id, machineId(MACHINE));
  assert.equal(slower.green, false);
  assert.match(slower.problems.join("\n"), /cold\.wall_ms/);
  assert.equal(verdict([result(BASE)], baseline).green, true);
  // Re-recording a machine replaces its fixtures and keeps the ones measured in other runs.
  const again = updateBaseline(baseline, [result({ ...BASE, "cold.wall_ms": 900 }), result(BASE, { fixture: "perf-5k" })]);
  assert.equal(again.entries.length, 2);
  const mine = again.entries.find((e) => e.machine_id === machineId(MACHINE));
  assert.equal(mine.fixtures["large-app"]["cold.wall_ms"], 900);
  assert.ok(mine.fixtures["perf-5k"]);
  assert.equal(updateBaseline(again, [result(BASE, { fixture: "small-app" })]).entries.find((e) => e.machine_id === machineId(MACHINE)).fixtures["large-app"]["cold.wall_ms"], 900);
});

test("build errors and missing required fixtures are red", () => {
  const baseline = updateBaseline(undefined, [result(BASE)]);
  assert.equal(verdict([result({ ...BASE, "cold.errors": 1 })], baseline).green, false);
  assert.equal(verdict([result(BASE)], baseline, { required: ["perf-5k"] }).green, false);
});

test("the gate wants the last three runs of every platform green", () => {
  const run = (green, day, platform = "linux") => ({ green, finished: `2026-01-0${day}T03:00:00Z`, machine: { platform } });
  assert.equal(gate([run(true, 1), run(true, 2), run(true, 3)]).green, true);
  assert.equal(gate([run(false, 1), run(true, 2), run(true, 3), run(true, 4)]).green, true);
  assert.equal(gate([run(true, 1), run(true, 2), run(false, 3), run(true, 4)]).green, false);
  assert.equal(gate([run(true, 4), run(true, 2)]).green, false, "only two runs");
  assert.equal(gate([run(true, 1), run(true, 2), run(true, 3), run(true, 1, "darwin"), run(false, 2, "darwin"), run(true, 3, "darwin")]).green, false);
  assert.equal(gate([]).green, false);
});

test("the CLI writes verdict.json, exits 1 on a regression, and the gate reads the archive", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "compare-test-"));
  const baselineFile = path.join(dir, "baseline.json");
  writeFileSync(baselineFile, JSON.stringify(updateBaseline(undefined, [result(BASE)])));
  const archive = path.join(dir, "archive");
  const nightly = (n, medians) => {
    const results = path.join(archive, `run-${n}`, "perf", `2026-01-0${n}`);
    mkdirSync(path.join(results, "large-app"), { recursive: true });
    writeFileSync(path.join(results, "large-app", "metrics.json"), JSON.stringify(result(medians, { finished: `2026-01-0${n}T03:00:00Z` })));
    return spawnSync(process.execPath, [path.join(here, "compare.mjs"), "--results", results, "--baseline", baselineFile], { encoding: "utf8" });
  };
  const cli = (...args) => spawnSync(process.execPath, [path.join(here, "compare.mjs"), ...args], { encoding: "utf8" });
  assert.equal(nightly(1, BASE).status, 0);
  const red = nightly(2, { ...BASE, "cold.wall_ms": 2000 });
  assert.equal(red.status, 1, red.stdout);
  assert.equal(JSON.parse(readFileSync(path.join(archive, "run-2/perf/2026-01-02/verdict.json"), "utf8")).green, false);
  assert.equal(cli("--gate", "--archive", archive).status, 1);
  nightly(3, BASE);
  nightly(4, BASE);
  assert.equal(cli("--gate", "--archive", archive).status, 1, "runs 2-4 hold a red one");
  nightly(5, BASE);
  const green = cli("--gate", "--archive", archive);
  assert.equal(green.status, 0, green.stdout);
  assert.match(green.stdout, /gate: green/);
});

test("a run that left no results is a red night on this platform", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "compare-empty-"));
  const results = path.join(dir, "never-written");
  const r = spawnSync(process.execPath, [path.join(here, "compare.mjs"), "--results", results, "--baseline", path.join(dir, "none.json")], { encoding: "utf8" });
  assert.equal(r.status, 1);
  const v = JSON.parse(readFileSync(path.join(results, "verdict.json"), "utf8"));
  assert.equal(v.green, false);
  assert.equal(v.machine.platform, os.platform());
});
