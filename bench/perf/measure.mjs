// One run of each measurement. Each returns a flat record of numbers (plus a few facts); the
// harness repeats them round-robin and takes medians.
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { countDiagnostics, parseShowCache, parseSummary, parseTimings, parseUpToDate, parseWatchLine, WATCH_LINE } from "./parse.mjs";
import { runMeasured, startMeasured } from "./process.mjs";

let moved = 0;

/**
 * Takes the cache away before a cold build by renaming it into `trash` (removed once the
 * fixture is done). Deleting it right before the build would charge the build for the
 * file system's work on thousands of just-freed inodes (ext4 scans recently deleted inodes
 * when it allocates new ones: the first profiles showed a third of a cold build there).
 */
export function clearCache(app, trash) {
  const cache = path.join(app, ".soda-cache");
  if (!existsSync(cache)) return;
  mkdirSync(trash, { recursive: true });
  const to = path.join(trash, `cache-${process.pid}-${moved++}`);
  renameSync(cache, to);
  trashed.push(to);
}

const trashed = [];

/** Deletes the caches `clearCache` moved into `trash`, then `trash` and its parent if that left
 * them empty: nothing else (the trash sits beside the app, possibly in a user's directory). */
export function emptyTrash(trash) {
  for (const cache of trashed.splice(0)) rmSync(cache, { recursive: true, force: true });
  for (const dir of [trash, path.dirname(trash)]) {
    try {
      rmdirSync(dir);
    } catch (error) {
      if (error.code !== "ENOENT") return; // not empty: someone else's, or another fixture's
    }
  }
}

const usage = (r) => ({ wall_ms: r.wall_ms, user_ms: r.user_ms, sys_ms: r.sys_ms, max_rss_kb: r.max_rss_kb, exit: r.exit });

function check(r, what) {
  if (r.exit !== 0 && r.exit !== 1) throw new Error(`${what} exited with ${r.exit}\n${r.stderr}`);
}

/** A build in a new process with no cache (and no incremental state). */
export async function cold({ bin, app, trash }) {
  clearCache(app, trash);
  const r = await runMeasured([bin, "build", "--timings"], { cwd: app });
  check(r, "cold build");
  const summary = parseSummary(r.stdout);
  if (!summary) throw new Error(`cold build printed no summary line:\n${r.stdout}\n${r.stderr}`);
  const phases = Object.fromEntries(Object.entries(parseTimings(r.stderr) ?? {}).map(([k, v]) => [`phase_${k}_ms`, v]));
  return { ...usage(r), ...summary, ...phases, ...countDiagnostics(r.stderr) };
}

/** The same build again in a new process, nothing changed: should be "up to date". */
export async function noop({ bin, app }) {
  const r = await runMeasured([bin, "build"], { cwd: app });
  check(r, "no-op build");
  const fresh = parseUpToDate(r.stdout);
  if (fresh) return { ...usage(r), up_to_date: 1, ...fresh, files_written: 0 };
  const summary = parseSummary(r.stdout);
  return { ...usage(r), up_to_date: 0, ...(summary ?? {}) };
}

/**
 * The cache hit ratio of the unchanged rerun, as `--show-cache` reports the last build. An
 * up-to-date rerun does not replace the saved state (it writes nothing), so the last build
 * shown is the cold one; its hits are then taken from the rerun's own line: every file it
 * trusted unchanged is a hit, and it parsed none.
 */
export async function hitRatio({ bin, app }, rerun) {
  const r = await runMeasured([bin, "build", "--show-cache"], { cwd: app });
  check(r, "--show-cache");
  const shown = parseShowCache(r.stdout);
  const [hits, misses] = rerun.up_to_date ? [rerun.files_unchanged, 0] : [shown?.hits, shown?.misses];
  const total = (hits ?? 0) + (misses ?? 0);
  return {
    hits,
    misses,
    hit_ratio: total ? hits / total : undefined,
    shown_hits: shown?.hits,
    shown_misses: shown?.misses,
    stale_nothing: shown?.stale_nothing ? 1 : 0,
  };
}

/** builder/examples/incremental.rs: load, then updates in the same process. */
export async function session({ sessionBin, app, trash }) {
  clearCache(app, trash); // the example removes it too, inside its process: nothing left to remove
  const r = await runMeasured([sessionBin, app, "--runs", "1", "--json"], { cwd: app });
  check(r, "the session example");
  const out = JSON.parse(r.stdout.trim().split("\n").pop());
  const run = out.runs[0];
  const record = { ...usage(r), load_ms: out.cold.ms, load_errors: out.cold.errors };
  for (const [name, m] of Object.entries(run)) {
    record[`${name}_ms`] = m.ms;
    record[`${name}_recompiled`] = m.recompiled;
    record[`${name}_reparsed`] = m.reparsed;
    record[`${name}_files_written`] = m.files_written;
    record[`${name}_errors`] = m.errors;
  }
  return { record, targets: out.targets };
}

/** `--watch`: the one-fragment edit the session example chose, timed from the event. */
export async function watch({ bin, app }, targets) {
  if (!targets?.fragment) return undefined; // nothing in this app inlines a template fragment
  const file = path.join(app, targets.fragment.file);
  const original = readFileSync(file, "utf8");
  const { offset, insert } = targets.fragment;
  const edited = original.slice(0, offset) + insert + original.slice(offset);
  const w = startMeasured([bin, "build", "--watch"], { cwd: app });
  try {
    await w.waitFor(/watching/, { stream: "stderr" });
    const initial = parseSummary(w.output.stdout);
    let from = w.output.stdout.length;
    writeFileSync(file, edited);
    const edit = await w.waitFor(WATCH_LINE, { from });
    from = edit.end;
    writeFileSync(file, original);
    const revert = await w.waitFor(WATCH_LINE, { from });
    const r = await w.stop();
    const e = parseWatchLine(edit.match[0]);
    const v = parseWatchLine(revert.match[0]);
    return {
      ...usage(r),
      initial_build_ms: initial?.build_ms,
      event_ms: e.event_ms,
      rebuild_ms: e.rebuild_ms,
      recompiled: e.recompiled,
      files_written: e.files_written,
      revert_event_ms: v.event_ms,
      ...countDiagnostics(r.stderr),
    };
  } catch (error) {
    writeFileSync(file, original);
    await w.stop().catch(() => {});
    throw error;
  }
}
