// The builder benchmark harness: measures a `soda-cache` binary on fixtures and writes
// .cache/perf/<timestamp>/<fixture>/metrics.json (raw runs and medians), then prints a table.
//
//   npm run perf:builder -- --fixture large-app --fixture perf-5k [--runs 5] [--bin PATH] [--profile]
//
// --fixture   a committed app (benchmarks/<name>), a generator preset (bench/generate-app.mjs
//             --list; generated under .tmp/apps/), or a path to a project (copied first; use
//             --in-place for a project whose config points outside its directory)
// --bin       the soda-cache binary (default: $SODA_CACHE_BIN)
// --session-bin  the builder/examples/incremental.rs binary built from the same tree
//             (default: $SODA_CACHE_SESSION_BIN, else examples/incremental beside --bin)
// --runs      rounds per fixture (default 5); every round runs each measurement once, in a
//             fixed order, so slow drift on a shared machine hits all of them alike
// --out, --stamp  results go to <out>/<stamp>/<fixture>/ (default .cache/perf/<UTC time>)
// --only      a comma list of cold,noop,session,watch (default: all)
// --profile   also record a CPU profile of a cold build (bench/perf/profile.mjs)
//
// Every round: cold build (no cache, new process, --timings) → no-op build (new process) →
// --show-cache (hit ratio of that rerun) → the session example (load, then a touched file, a
// one-fragment edit, an edit of ~5% of the documents, in one process) → --watch with the same
// fragment edit, timed from the file-system event. One unrecorded cold build warms the OS file
// cache first. Every process runs under bench/rusage.py (wall time and peak RSS via wait4).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { resolveFixture, ROOT, sourceStats, workCopy } from "./perf/fixtures.mjs";
import { machine } from "./perf/machine.mjs";
import * as measure from "./perf/measure.mjs";
import { recordProfile } from "./perf/profile.mjs";
import { derived, medians, table } from "./perf/stats.mjs";

const ALL = ["cold", "noop", "session", "watch"];

function options() {
  const { values } = parseArgs({
    options: {
      fixture: { type: "string", multiple: true },
      runs: { type: "string", default: "5" },
      bin: { type: "string" },
      "session-bin": { type: "string" },
      out: { type: "string", default: path.join(ROOT, ".cache/perf") },
      stamp: { type: "string" },
      only: { type: "string" },
      profile: { type: "boolean", default: false },
      "in-place": { type: "boolean", default: false },
    },
  });
  const bin = values.bin ?? process.env.SODA_CACHE_BIN;
  if (!bin || !existsSync(bin)) throw new Error("give the soda-cache binary: --bin PATH or SODA_CACHE_BIN (cargo build --release -p soda-cache)");
  const sessionBin =
    values["session-bin"] ?? process.env.SODA_CACHE_SESSION_BIN ?? path.join(path.dirname(bin), "examples", "incremental");
  const only = values.only ? values.only.split(",") : ALL;
  if (only.includes("session") || only.includes("watch")) {
    if (!existsSync(sessionBin)) {
      throw new Error(`no session example at ${sessionBin}: cargo build --release -p soda-cache --example incremental, or --session-bin`);
    }
  }
  if (!values.fixture?.length) throw new Error("give at least one --fixture (e.g. --fixture large-app)");
  return { ...values, bin: path.resolve(bin), sessionBin: path.resolve(sessionBin), runs: Number(values.runs), only };
}

function binary(bin) {
  return {
    path: bin,
    version: execFileSync(bin, ["--version"], { encoding: "utf8" }).trim(),
    sha1: createHash("sha1").update(readFileSync(bin)).digest("hex"),
  };
}

function gitCommit() {
  try {
    return execFileSync("git", ["-C", ROOT, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

async function measureFixture(arg, opts, outRoot) {
  const fixture = resolveFixture(arg);
  const app = opts["in-place"] ? fixture.dir : workCopy(fixture);
  // Beside the app, so renaming a cache into it never crosses file systems (--in-place apps).
  const trash = path.join(path.dirname(app), ".soda-perf-trash", fixture.name);
  const ctx = { bin: opts.bin, sessionBin: opts.sessionBin, app, trash };
  const loadStart = os.loadavg();
  console.error(`${fixture.name}: ${app} (load average ${loadStart.map((l) => l.toFixed(2)).join(" ")})`);
  await measure.cold(ctx); // warms the OS file cache; not recorded
  const raw = Object.fromEntries([...opts.only, ...(opts.only.includes("noop") ? ["rerun"] : [])].map((m) => [m, []]));
  let targets;
  for (let round = 0; round < opts.runs; round++) {
    if (opts.only.includes("cold")) raw.cold.push(await measure.cold(ctx));
    if (opts.only.includes("noop")) {
      if (!opts.only.includes("cold")) await measure.cold(ctx);
      const rerun = await measure.noop(ctx);
      raw.noop.push(rerun);
      raw.rerun.push(await measure.hitRatio(ctx, rerun));
    }
    if (opts.only.includes("session") || opts.only.includes("watch")) {
      const s = await measure.session(ctx);
      targets = s.targets;
      if (opts.only.includes("session")) raw.session.push(s.record);
    }
    if (opts.only.includes("watch")) {
      const w = await measure.watch(ctx, targets);
      if (w) raw.watch.push(w);
    }
    console.error(`  round ${round + 1}/${opts.runs} done`);
  }
  const med = medians(raw);
  Object.assign(med, derived(med));
  const dir = path.join(outRoot, fixture.name);
  mkdirSync(dir, { recursive: true });
  let profile;
  if (opts.profile) {
    measure.clearCache(app, trash);
    profile = await recordProfile({ bin: opts.bin, app, outDir: dir });
  }
  measure.emptyTrash(trash);
  const metrics = {
    schema: 1,
    fixture: fixture.name,
    fixture_kind: fixture.kind,
    app: { dir: app, ...sourceStats(app) },
    runs: opts.runs,
    machine: machine(),
    load_average: { start: loadStart, end: os.loadavg() },
    binary: binary(opts.bin),
    session_binary: opts.only.some((m) => m === "session" || m === "watch") ? opts.sessionBin : undefined,
    harness_commit: gitCommit(),
    finished: new Date().toISOString(),
    targets,
    profile,
    medians: med,
    raw,
  };
  writeFileSync(path.join(dir, "metrics.json"), JSON.stringify(metrics, null, 2) + "\n");
  console.log(table(`${fixture.name} (${metrics.app.files} files, ${opts.runs} runs, load ${loadStart[0].toFixed(2)} → ${metrics.load_average.end[0].toFixed(2)})`, raw, med));
  if (profile) console.log(`\nprofile: ${profile.summary}\n${profile.top ?? ""}\n${profile.open}`);
  return metrics;
}

async function main() {
  const opts = options();
  const stamp = opts.stamp ?? new Date().toISOString().replace(/[:.]/g, "-");
  const outRoot = path.join(path.resolve(opts.out), stamp);
  for (const fixture of opts.fixture) await measureFixture(fixture, opts, outRoot);
  console.log(`\nmetrics: ${outRoot}`);
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exit(1);
});
