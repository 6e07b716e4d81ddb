// Diffs two CPU profiles recorded by `npm run perf:builder -- --profile` (their cold.perf.txt):
// per function, the share of samples spent in it (self) and under it (total) in each, sorted
// by the change in total share. Shares, not milliseconds: two builds of different speed still
// compare, and a function whose share grew is where a regression went.
//   node bench/profile-diff.mjs .cache/perf/<A>/perf-5k/cold.perf.txt .cache/perf/<B>/perf-5k/cold.perf.txt [--limit 30]
import { parseArgs } from "node:util";

import { parseStacksFile, topFunctions } from "./perf/profile.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: "string", default: "30" } } });
if (positionals.length !== 2) {
  console.error("usage: node bench/profile-diff.mjs A.perf.txt B.perf.txt [--limit N]");
  process.exit(2);
}
const [a, b] = await Promise.all(positionals.map(async (file) => {
  const samples = await parseStacksFile(file);
  return { samples: samples.length, rows: new Map(topFunctions(samples).map((r) => [r.fn, r])) };
}));
const names = new Set([...a.rows.keys(), ...b.rows.keys()]);
const rows = [...names].map((fn) => {
  const x = a.rows.get(fn) ?? { self: 0, total: 0 };
  const y = b.rows.get(fn) ?? { self: 0, total: 0 };
  return { fn, selfA: x.self, selfB: y.self, totalA: x.total, totalB: y.total, delta: y.total - x.total };
});
rows.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta) || q.totalB - p.totalB);
console.log(`A: ${a.samples} samples, B: ${b.samples} samples (shares in %)`);
console.log(`${"total A".padStart(8)}${"total B".padStart(9)}${"Δ total".padStart(9)}${"self A".padStart(8)}${"self B".padStart(8)}  function`);
for (const r of rows.slice(0, Number(values.limit))) {
  const f = (v) => v.toFixed(2);
  console.log(`${f(r.totalA).padStart(8)}${f(r.totalB).padStart(9)}${((r.delta >= 0 ? "+" : "") + f(r.delta)).padStart(9)}${f(r.selfA).padStart(8)}${f(r.selfB).padStart(8)}  ${r.fn}`);
}
