// Parsers for what `soda-cache build` prints. Each returns undefined when its line is absent,
// so a changed output format shows up as a missing number, never as a wrong one.

/** `soda-cache: N definitions (...) from M files in X ms; cache D (F files, B bytes written)` */
export function parseSummary(text) {
  const m = text.match(
    /soda-cache: (\d+) definitions \((\d+) operations, (\d+) fragments(?:, (\d+) failed)?\) from (\d+) files in (\d+) ms; cache .* \((\d+) files, (\d+) bytes written\)/,
  );
  if (!m) return undefined;
  return {
    definitions: Number(m[1]),
    operations: Number(m[2]),
    fragments: Number(m[3]),
    failed: Number(m[4] ?? 0),
    files_parsed: Number(m[5]),
    build_ms: Number(m[6]),
    files_written: Number(m[7]),
    bytes_written: Number(m[8]),
  };
}

/** `soda-cache: up to date: N files unchanged, nothing rebuilt, 0 bytes written (X ms)` */
export function parseUpToDate(text) {
  const m = text.match(/soda-cache: up to date: (\d+) files unchanged, nothing rebuilt, (\d+) bytes written \((\d+) ms\)/);
  if (!m) return undefined;
  return { files_unchanged: Number(m[1]), bytes_written: Number(m[2]), build_ms: Number(m[3]) };
}

/**
 * `--timings`: `timings…:` then one `  <phase>  <ms> ms` line per phase, optionally followed by
 * `[step <ms>, step <ms>]` (CPU time of the steps of a parallel phase, summed over threads):
 * those become `cpu_<step>` entries. A `(note)` after the time (e.g. a phase that runs alongside
 * another) is skipped.
 */
export function parseTimings(text) {
  const start = text.search(/timings[^\n]*:\n/);
  if (start < 0) return undefined;
  const phases = {};
  for (const line of text.slice(start).split("\n").slice(1)) {
    const m = line.match(/^\s+(\w+)\s+([\d.]+) ms(?:\s+\[(.*)\])?(?:\s+\([^)]*\))?$/);
    if (!m) break;
    phases[m[1]] = Number(m[2]);
    for (const step of (m[3] ?? "").split(",").filter(Boolean)) {
      const [name, value] = step.trim().split(/\s+/);
      phases[`cpu_${name}`] = Number(value);
    }
  }
  return Object.keys(phases).length ? phases : undefined;
}

/** `--show-cache`: `  files: H hits (unchanged, not parsed), M misses (parsed)` and the stale line. */
export function parseShowCache(text) {
  const m = text.match(/files: (\d+) hits \(unchanged, not parsed\), (\d+) misses \(parsed\)/);
  if (!m) return undefined;
  return { hits: Number(m[1]), misses: Number(m[2]), stale_nothing: /stale: nothing/.test(text) };
}

/** One `--watch` rebuild line. */
export const WATCH_LINE =
  /soda-cache: (\d+) files changed, (\d+) definitions recompiled in (\d+) ms \((\d+) ms since the event\); (\d+) files written/;

export function parseWatchLine(line) {
  const m = line.match(WATCH_LINE);
  if (!m) return undefined;
  return {
    files_changed: Number(m[1]),
    recompiled: Number(m[2]),
    rebuild_ms: Number(m[3]),
    event_ms: Number(m[4]),
    files_written: Number(m[5]),
  };
}

/** Diagnostics printed by a build: `error[CODE]` / `warning[CODE]` headers. */
export function countDiagnostics(text) {
  return {
    errors: (text.match(/^error(\[\w+\])?:/gm) ?? []).length,
    warnings: (text.match(/^warning(\[\w+\])?:/gm) ?? []).length,
  };
}
