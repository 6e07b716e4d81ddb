// `--profile`: a CPU profile of one cold build that a person can open.
//
// Linux: `perf record` with DWARF call graphs (works on a release binary without frame
// pointers), then `perf script` text, which the Firefox Profiler (profiler.firefox.com → Load a
// profile from a file) and speedscope (speedscope.app) both import. Installs Debian's
// linux-perf when perf is missing. A top-functions summary (self and total %) is written beside
// it; bench/profile-diff.mjs diffs two of them.
// macOS (or SODA_PROFILER=samply): samply, installed pinned from crates.io into .tmp/tools;
// open its file with `samply load <file>`.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, createReadStream, existsSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

import { ROOT } from "./fixtures.mjs";

const SAMPLY_VERSION = "0.13.1";

function has(command) {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

function ensurePerf() {
  if (has("perf")) return "perf";
  console.error("perf not found: installing Debian's linux-perf");
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "linux-perf"], { stdio: "inherit" });
  return "perf";
}

function ensureSamply() {
  if (has("samply")) return "samply";
  const local = path.join(ROOT, ".tmp/tools/bin/samply");
  if (!existsSync(local)) {
    console.error(`samply not found: cargo install samply ${SAMPLY_VERSION} into .tmp/tools`);
    execFileSync("cargo", ["install", "--locked", "samply", "--version", SAMPLY_VERSION, "--root", path.join(ROOT, ".tmp/tools")], { stdio: "inherit" });
  }
  return local;
}

/**
 * Reads `perf script` text line by line into samples (stacks of symbols, leaf first).
 * Addresses without a symbol are kept as `[dso]`, so unresolved time shows rather than vanishes.
 */
export class StackParser {
  samples = [];
  stack = null;

  line(line) {
    if (line.trim() === "") {
      this.#end();
    } else if (!/^\s/.test(line)) {
      this.#end();
      this.stack = [];
    } else if (this.stack) {
      const m = line.match(/^\s+[0-9a-f]+\s+(.*?)\s+\((.*)\)$/);
      if (!m) return;
      this.stack.push(m[1] === "[unknown]" ? `[${path.basename(m[2])}]` : m[1].replace(/\+0x[0-9a-f]+$/, ""));
    }
  }

  #end() {
    if (this.stack?.length) this.samples.push(this.stack);
    this.stack = null;
  }

  finish() {
    this.#end();
    return this.samples;
  }
}

export function parseStacks(text) {
  const parser = new StackParser();
  for (const line of text.split("\n")) parser.line(line);
  return parser.finish();
}

/** The samples of a `perf script` file, streamed (a large build's text exceeds a JS string). */
export async function parseStacksFile(file) {
  const parser = new StackParser();
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) parser.line(line);
  return parser.finish();
}

/** Self and total share of samples per function, largest self first. */
export function topFunctions(samples) {
  const self = new Map();
  const total = new Map();
  for (const stack of samples) {
    self.set(stack[0], (self.get(stack[0]) ?? 0) + 1);
    for (const fn of new Set(stack)) total.set(fn, (total.get(fn) ?? 0) + 1);
  }
  const n = samples.length || 1;
  return [...total.keys()]
    .map((fn) => ({ fn, self: (100 * (self.get(fn) ?? 0)) / n, total: (100 * total.get(fn)) / n }))
    .sort((a, b) => b.self - a.self || b.total - a.total);
}

/** The self-time table, then soda-cache's own functions by total (where each phase's time goes). */
export function renderTop(rows, samples, limit = 40) {
  // Names are cut at 160 characters: with line tables, inlined generics (rayon's plumbing over
  // our closures) spell out every type parameter.
  const line = (r) => `${r.self.toFixed(2).padStart(7)} ${r.total.toFixed(2).padStart(8)}  ${r.fn.slice(0, 160)}`;
  // Our own functions, not generic code instantiated over our types.
  const own = rows.filter((r) => /^(<|core::ptr::drop_in_place<)?soda_cache/.test(r.fn)).sort((a, b) => b.total - a.total);
  return [
    `${samples} samples`,
    `${"self %".padStart(7)} ${"total %".padStart(8)}  function (by self time)`,
    ...rows.slice(0, limit).map(line),
    "",
    `${"self %".padStart(7)} ${"total %".padStart(8)}  soda-cache functions (by total time)`,
    ...own.slice(0, limit).map(line),
  ].join("\n");
}

/** Records a cold build of `app` (its cache already moved away) into `outDir`; returns what was written and how to open it. */
export async function recordProfile({ bin, app, outDir }) {
  const which = process.env.SODA_PROFILER ?? (process.platform === "linux" ? "perf" : "samply");
  if (which === "samply") {
    const samply = ensureSamply();
    const file = path.join(outDir, "cold.samply.json.gz");
    execFileSync(samply, ["record", "--save-only", "-o", file, "--", bin, "build", "--quiet"], { cwd: app, stdio: "inherit" });
    return { file, summary: file, open: `open it with: samply load ${file}` };
  }
  const perf = ensurePerf();
  const data = path.join(outDir, "cold.perf.data");
  // 1,999 Hz (about 1,000 samples for a 5,000-file build), a 16 MiB buffer (at 3 kHz a busy
  // machine lost chunks) and 32 KiB of stack per sample: enough for SWC's and rayon's deep
  // frames without frame pointers, while a 20,000-file build stays under 1 GB of data.
  execFileSync(perf, ["record", "-F", "1999", "-m", "16M", "--call-graph", "dwarf,32768", "-o", data, "--", bin, "build", "--quiet"], {
    cwd: app,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const text = path.join(outDir, "cold.perf.txt");
  const fd = openSync(text, "w");
  spawnSync(perf, ["script", "-i", data], { stdio: ["ignore", fd, "ignore"] });
  closeSync(fd);
  const samples = await parseStacksFile(text);
  const rows = topFunctions(samples);
  if (!rows.some((r) => /^(<)?soda_cache/.test(r.fn))) {
    console.error(`warning: no soda_cache symbols in the profile: ${bin} is stripped; build it with --profile profiling`);
  }
  const top = renderTop(rows, samples.length);
  const summary = path.join(outDir, "cold.top.txt");
  writeFileSync(summary, top + "\n");
  return {
    file: text,
    data,
    summary,
    top: top.split("\n").slice(0, 12).join("\n"),
    open: `open ${text} in the Firefox Profiler (profiler.firefox.com, "Load a profile from file") or speedscope; top functions: ${summary}`,
  };
}
