// Medians and the printed table.

export function median(values) {
  const xs = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** `{ "<measurement>.<field>": median }` over the raw runs of every measurement. */
export function medians(raw) {
  const out = {};
  for (const [measurement, runs] of Object.entries(raw)) {
    const fields = new Set(runs.flatMap((r) => Object.keys(r)));
    for (const field of [...fields].sort()) {
      const m = median(runs.map((r) => r[field]));
      if (m !== undefined) out[`${measurement}.${field}`] = m;
    }
  }
  return out;
}

/** Ratios the issue asks for, from the medians (same-process rebuilds as % of a cold build). */
export function derived(m) {
  const pct = (a, b) => (a !== undefined && b ? (100 * a) / b : undefined);
  const out = {
    "derived.session_touch_pct_of_cold": pct(m["session.touch_ms"], m["cold.wall_ms"]),
    "derived.session_fragment_pct_of_cold": pct(m["session.fragment_ms"], m["cold.wall_ms"]),
    "derived.session_five_percent_pct_of_cold": pct(m["session.five_percent_ms"], m["cold.wall_ms"]),
    "derived.session_five_percent_docs_pct": pct(m["session.five_percent_recompiled"], m["cold.definitions"]),
    "derived.noop_pct_of_cold": pct(m["noop.wall_ms"], m["cold.wall_ms"]),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

const ROWS = [
  ["cold.wall_ms", "cold build, new process (wall)", "ms"],
  ["cold.max_rss_kb", "cold build peak RSS", "KiB"],
  ["cold.phase_inputs_ms", "  phase inputs", "ms"],
  ["cold.phase_discover_ms", "  phase discover", "ms"],
  ["cold.phase_analyze_ms", "  phase analyze", "ms"],
  ["cold.phase_compile_ms", "  phase compile", "ms"],
  ["cold.phase_finalize_ms", "  phase finalize", "ms"],
  ["cold.phase_write_ms", "  phase write", "ms"],
  ["cold.files_written", "cold files written", ""],
  ["cold.bytes_written", "cold bytes written", "B"],
  ["noop.wall_ms", "no-op build, new process (wall)", "ms"],
  ["noop.max_rss_kb", "no-op peak RSS", "KiB"],
  ["noop.bytes_written", "no-op bytes written", "B"],
  ["rerun.hit_ratio", "cache hit ratio, unchanged rerun", ""],
  ["session.load_ms", "same process: load", "ms"],
  ["session.touch_ms", "same process: touched file (no change)", "ms"],
  ["session.fragment_ms", "same process: one-fragment edit", "ms"],
  ["session.fragment_recompiled", "  definitions recompiled", ""],
  ["session.five_percent_ms", "same process: edit of ~5% of documents", "ms"],
  ["session.five_percent_recompiled", "  definitions recompiled", ""],
  ["session.max_rss_kb", "session process peak RSS", "KiB"],
  ["watch.event_ms", "--watch fragment edit, from the event", "ms"],
  ["watch.rebuild_ms", "  of which rebuild", "ms"],
  ["watch.max_rss_kb", "--watch process peak RSS", "KiB"],
  ["derived.session_touch_pct_of_cold", "touched file as % of cold", "%"],
  ["derived.session_five_percent_pct_of_cold", "~5% edit as % of cold", "%"],
  ["derived.session_five_percent_docs_pct", "  documents recompiled, % of all", "%"],
];

const fmt = (v) => (v === undefined ? "-" : Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(3) : v.toFixed(1));

/** The table printed after each fixture: median, min and max over the runs. */
export function table(name, raw, med) {
  const lines = [`\n${name}`, `${"metric".padEnd(42)}${"median".padStart(12)}${"min".padStart(12)}${"max".padStart(12)}  unit`];
  for (const [key, label, unit] of ROWS) {
    const [measurement, field] = key.split(".");
    const values = (raw[measurement] ?? []).map((r) => r[field]).filter((v) => typeof v === "number");
    const m = med[key];
    if (m === undefined) continue;
    const min = values.length ? Math.min(...values) : undefined;
    const max = values.length ? Math.max(...values) : undefined;
    lines.push(`${label.padEnd(42)}${fmt(m).padStart(12)}${fmt(min).padStart(12)}${fmt(max).padStart(12)}  ${unit}`);
  }
  return lines.join("\n");
}
