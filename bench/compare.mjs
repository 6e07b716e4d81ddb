// Compares harness results with the committed baseline, flags regressions, and computes the
// acceptance gate over archived nightly results.
//
//   node bench/compare.mjs --results .cache/perf/<stamp>             # exit 1 on a regression
//   node bench/compare.mjs --results .cache/perf/<stamp> --update-baseline
//   node bench/compare.mjs --results .cache/perf/<B> --against .cache/perf/<A>   # two runs
//   node bench/compare.mjs --gate --archive <dir> [--needed 3]       # exit 1 unless green
//
// --results is one harness run: a folder of <fixture>/metrics.json. The comparison writes
// verdict.json into it: that file is what the gate reads later.
//
// A metric regresses when its median is worse than the baseline's by more than --threshold
// percent (default 5) AND by more than the metric's noise floor (below): a 0.03 ms no-change
// rebuild that becomes 0.04 ms is not a regression. Times depend on the machine, so they are
// compared only with a baseline entry recorded on the same machine (platform, arch, CPU model
// and count); peak RSS only on the same platform and arch; bytes, files, hit ratio and
// recompiled counts everywhere. A run on a machine with no baseline entry compares what it
// can and says so; record one with --update-baseline from that machine's results.
//
// The gate (--archive): a folder holding one folder per nightly run (however the artifacts
// were downloaded, e.g. <archive>/<run id>/...), each containing a verdict.json somewhere
// below it. Runs are grouped by platform and ordered by their `finished` time; the gate is
// green when every platform's last --needed runs (default 3) are all green.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

import { machine as thisMachine } from "./perf/machine.mjs";

/** Compared metrics: which way is better, what they depend on, and the noise floor. */
export const METRICS = {
  "cold.wall_ms": { better: "lower", depends: "machine", floor: 5 },
  "noop.wall_ms": { better: "lower", depends: "machine", floor: 2 },
  "session.load_ms": { better: "lower", depends: "machine", floor: 5 },
  "session.touch_ms": { better: "lower", depends: "machine", floor: 1 },
  "session.fragment_ms": { better: "lower", depends: "machine", floor: 2 },
  "session.five_percent_ms": { better: "lower", depends: "machine", floor: 2 },
  "watch.event_ms": { better: "lower", depends: "machine", floor: 3 },
  "cold.max_rss_kb": { better: "lower", depends: "platform", floor: 1024 },
  "noop.max_rss_kb": { better: "lower", depends: "platform", floor: 1024 },
  "session.max_rss_kb": { better: "lower", depends: "platform", floor: 1024 },
  "watch.max_rss_kb": { better: "lower", depends: "platform", floor: 1024 },
  "cold.bytes_written": { better: "lower", depends: "none", floor: 0 },
  "cold.files_written": { better: "lower", depends: "none", floor: 0 },
  "noop.bytes_written": { better: "lower", depends: "none", floor: 0 },
  "rerun.hit_ratio": { better: "higher", depends: "none", floor: 0 },
  "session.fragment_recompiled": { better: "lower", depends: "none", floor: 0 },
  "session.five_percent_recompiled": { better: "lower", depends: "none", floor: 0 },
};

export function machineId(m) {
  return `${m.platform}-${m.arch}-${m.cpus}cpu-${m.cpu_model.trim().replace(/\s+/g, " ")}`;
}

/** The baseline entry to compare with: the same machine, else the same platform, else any. */
export function pickEntry(baseline, machine) {
  const entries = baseline?.entries ?? [];
  return (
    entries.find((e) => e.machine_id === machineId(machine)) ??
    entries.find((e) => e.machine.platform === machine.platform && e.machine.arch === machine.arch) ??
    entries[0]
  );
}

/** One fixture's rows: `{ metric, baseline, current, change_pct, status }`. */
export function compareFixture(base, current, { sameMachine, samePlatform, threshold = 5 }) {
  const rows = [];
  for (const [metric, rule] of Object.entries(METRICS)) {
    const b = base?.[metric];
    const c = current[metric];
    if (b === undefined || c === undefined) continue;
    const comparable = rule.depends === "none" || (rule.depends === "platform" ? samePlatform : sameMachine);
    const worse = rule.better === "lower" ? c - b : b - c;
    const change_pct = b === 0 ? (c === 0 ? 0 : Infinity) : (100 * (c - b)) / b;
    let status = "ok";
    if (!comparable) status = "skipped (other machine)";
    else if (worse > rule.floor && (b === 0 || (100 * worse) / Math.abs(b) > threshold)) status = "regression";
    else if (-worse > rule.floor && (b === 0 || (100 * -worse) / Math.abs(b) > threshold)) status = "improved";
    rows.push({ metric, baseline: b, current: c, change_pct, status });
  }
  return rows;
}

/** Reads every <fixture>/metrics.json of one harness run (none when the run left nothing). */
export function readResults(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => existsSync(path.join(dir, f, "metrics.json")))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f, "metrics.json"), "utf8")));
}

/** The verdict of one harness run against `baseline`. */
export function verdict(results, baseline, { threshold = 5, required = [] } = {}) {
  if (results.length === 0) {
    // A run that crashed before measuring anything is a red night for its platform.
    const m = thisMachine();
    return { green: false, finished: new Date().toISOString(), machine: m, machine_id: machineId(m), problems: ["no results"], fixtures: [] };
  }
  const machine = results[0].machine;
  const entry = pickEntry(baseline, machine);
  const sameMachine = entry?.machine_id === machineId(machine);
  const samePlatform = entry?.machine.platform === machine.platform && entry?.machine.arch === machine.arch;
  const problems = [];
  const fixtures = results.map((r) => {
    const rows = compareFixture(entry?.fixtures[r.fixture], r.medians, { sameMachine, samePlatform, threshold });
    if (!entry?.fixtures[r.fixture]) problems.push(`${r.fixture}: not in the baseline`);
    if (r.medians["cold.errors"] || r.medians["cold.failed"]) problems.push(`${r.fixture}: the build reported errors`);
    const regressions = rows.filter((row) => row.status === "regression");
    for (const row of regressions) problems.push(`${r.fixture}: ${row.metric} ${row.baseline} → ${row.current} (${row.change_pct.toFixed(1)}%)`);
    return { fixture: r.fixture, rows, regressions: regressions.length };
  });
  for (const name of required) if (!results.some((r) => r.fixture === name)) problems.push(`${name}: not measured`);
  const regressed = fixtures.some((f) => f.regressions > 0) || problems.some((p) => p.includes("errors") || p.includes("not measured"));
  return {
    green: !regressed,
    finished: results.map((r) => r.finished).sort().pop(),
    machine,
    machine_id: machineId(machine),
    baseline_machine_id: entry?.machine_id,
    times_compared: sameMachine,
    commit: results[0].harness_commit,
    threshold_pct: threshold,
    problems,
    fixtures,
  };
}

/**
 * The baseline with this run's fixtures recorded for this machine: they replace the same
 * fixtures of that machine's entry; its other fixtures (measured in another run) stay.
 */
export function updateBaseline(baseline, results) {
  const machine = results[0].machine;
  const id = machineId(machine);
  const old = (baseline?.entries ?? []).find((e) => e.machine_id === id);
  const entry = { machine_id: id, machine, fixtures: { ...old?.fixtures }, measured: { ...old?.measured } };
  for (const r of results) {
    entry.fixtures[r.fixture] = Object.fromEntries(Object.keys(METRICS).filter((m) => m in r.medians).map((m) => [m, r.medians[m]]));
    entry.measured[r.fixture] = {
      finished: r.finished,
      runs: r.runs,
      load_average: r.load_average,
      commit: r.harness_commit,
      binary: r.binary,
    };
  }
  const entries = (baseline?.entries ?? []).filter((e) => e.machine_id !== id);
  return { schema: 1, entries: [...entries, entry] };
}

/** Every verdict.json below `dir`. */
function findVerdicts(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findVerdicts(full));
    else if (name === "verdict.json") out.push(JSON.parse(readFileSync(full, "utf8")));
  }
  return out;
}

/** The acceptance gate: every platform's last `needed` nightly verdicts are green. */
export function gate(verdicts, needed = 3) {
  const byPlatform = new Map();
  for (const v of verdicts) {
    const key = v.machine?.platform ?? "unknown";
    byPlatform.set(key, [...(byPlatform.get(key) ?? []), v]);
  }
  const platforms = [...byPlatform].map(([platform, runs]) => {
    const last = runs.sort((a, b) => String(a.finished).localeCompare(String(b.finished))).slice(-needed);
    const green = last.length === needed && last.every((v) => v.green);
    return { platform, runs: runs.length, last: last.map((v) => ({ finished: v.finished, green: v.green, commit: v.commit })), green };
  });
  return { green: platforms.length > 0 && platforms.every((p) => p.green), needed, platforms };
}

function printVerdict(v) {
  console.log(`machine ${v.machine_id}; baseline ${v.baseline_machine_id ?? "none"}${v.times_compared ? "" : " (times not compared: another machine)"}`);
  for (const f of v.fixtures) {
    console.log(`\n${f.fixture}`);
    for (const r of f.rows) {
      const change = Number.isFinite(r.change_pct) ? `${r.change_pct >= 0 ? "+" : ""}${r.change_pct.toFixed(1)}%` : "new";
      console.log(`  ${r.metric.padEnd(34)}${String(+r.baseline.toFixed(3)).padStart(12)}${String(+r.current.toFixed(3)).padStart(12)}${change.padStart(9)}  ${r.status}`);
    }
  }
  for (const p of v.problems) console.log(`problem: ${p}`);
  console.log(v.green ? "\ngreen" : "\nRED");
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { values } = parseArgs({
    options: {
      results: { type: "string" },
      baseline: { type: "string", default: path.join(root, "bench/baseline.json") },
      against: { type: "string" },
      threshold: { type: "string", default: "5" },
      require: { type: "string", multiple: true, default: [] },
      "update-baseline": { type: "boolean", default: false },
      gate: { type: "boolean", default: false },
      archive: { type: "string" },
      needed: { type: "string", default: "3" },
    },
  });
  if (values.gate) {
    if (!values.archive) throw new Error("--gate needs --archive DIR");
    const g = gate(findVerdicts(values.archive), Number(values.needed));
    for (const p of g.platforms) console.log(`${p.platform}: ${p.green ? "green" : "not green"}: last ${p.last.length} of ${p.runs} runs: ${p.last.map((r) => (r.green ? "green" : "red")).join(", ")}`);
    console.log(g.green ? `gate: green (${g.needed} green nightly runs in a row on every platform)` : "gate: not green");
    return g.green ? 0 : 1;
  }
  if (!values.results) throw new Error("give --results DIR (a .cache/perf/<stamp> folder)");
  const results = readResults(values.results);
  if (values["update-baseline"] && results.length === 0) throw new Error(`no metrics.json under ${values.results}`);
  // --against: another harness run stands in for the baseline (an A/B of two binaries).
  const baseline = values.against
    ? updateBaseline(undefined, readResults(values.against))
    : existsSync(values.baseline)
      ? JSON.parse(readFileSync(values.baseline, "utf8"))
      : undefined;
  if (values["update-baseline"]) {
    writeFileSync(values.baseline, JSON.stringify(updateBaseline(baseline, results), null, 2) + "\n");
    console.log(`updated ${values.baseline} for ${machineId(results[0].machine)}`);
    return 0;
  }
  const v = verdict(results, baseline, { threshold: Number(values.threshold), required: values.require });
  mkdirSync(values.results, { recursive: true });
  writeFileSync(path.join(values.results, "verdict.json"), JSON.stringify(v, null, 2) + "\n");
  printVerdict(v);
  return v.green ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
