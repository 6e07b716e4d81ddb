// The parsers read the lines the CLI prints today (copied from real runs).
import assert from "node:assert/strict";
import { test } from "node:test";

import { countDiagnostics, parseShowCache, parseSummary, parseTimings, parseUpToDate, parseWatchLine } from "./parse.mjs";

test("summary line", () => {
  const s = parseSummary(
    "soda-cache: 495 definitions (292 operations, 203 fragments) from 1000 files in 382 ms; cache .soda-cache (542 files, 5747254 bytes written)\n",
  );
  assert.deepEqual(s, { definitions: 495, operations: 292, fragments: 203, failed: 0, files_parsed: 1000, build_ms: 382, files_written: 542, bytes_written: 5747254 });
  assert.equal(parseSummary("soda-cache: 3 definitions (1 operations, 1 fragments, 1 failed) from 2 files in 5 ms; cache x (1 files, 9 bytes written)").failed, 1);
  assert.equal(parseSummary("nothing"), undefined);
});

test("up-to-date line", () => {
  assert.deepEqual(parseUpToDate("soda-cache: up to date: 1000 files unchanged, nothing rebuilt, 0 bytes written (17 ms)"), {
    files_unchanged: 1000,
    bytes_written: 0,
    build_ms: 17,
  });
});

test("--timings", () => {
  const t = parseTimings("timings:\n  inputs        4.23 ms\n  discover     42.02 ms\n  analyze      92.05 ms\n  compile     180.44 ms\n  finalize      0.43 ms\n  write        63.00 ms\n");
  assert.deepEqual(t, { inputs: 4.23, discover: 42.02, analyze: 92.05, compile: 180.44, finalize: 0.43, write: 63 });
});

test("--timings with the CPU time of each step and a phase run alongside another", () => {
  const t = parseTimings(
    "timings (wall; CPU summed over threads in brackets):\n  inputs        4.23 ms\n  discover      3.10 ms  (alongside inputs)\n  analyze      92.05 ms  [read 10.50, parse 120.25, definitions 30.00, resolve 5.00]\n  compile     180.44 ms  [compile 200.00, validate 150.50]\n  write        63.00 ms\n",
  );
  assert.equal(t.discover, 3.1);
  assert.equal(t.analyze, 92.05);
  assert.equal(t.cpu_parse, 120.25);
  assert.equal(t.cpu_validate, 150.5);
  assert.equal(t.write, 63);
});

test("--show-cache", () => {
  const text = "last build: ...\n  files: 0 hits (unchanged, not parsed), 1000 misses (parsed)\nstale: nothing; the next `soda-cache build` does nothing\n";
  assert.deepEqual(parseShowCache(text), { hits: 0, misses: 1000, stale_nothing: true });
});

test("--watch line", () => {
  const line = "soda-cache: 1 files changed, 4 definitions recompiled in 12 ms (40 ms since the event); 8 files written";
  assert.deepEqual(parseWatchLine(line), { files_changed: 1, recompiled: 4, rebuild_ms: 12, event_ms: 40, files_written: 8 });
});

test("diagnostic headers", () => {
  assert.deepEqual(countDiagnostics("error[GRAPHQL_UNDEFINED_FIELD]: x\nwarning[NO_MATCHING_SOURCES]: y\n  error: not a header\n"), { errors: 1, warnings: 1 });
});
