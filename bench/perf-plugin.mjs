// Per-file cost of the soda-cache plugin under @swc/core, against the no-op plugin built from
// this repo and against no plugin, measured so that a regression shows: every configuration is
// visited in every round, in a rotated order, on the same inputs; the table gives medians over
// rounds and ratios to the no-op. Writes the raw runs and the medians as JSON.
//
//   npm run perf:plugin -- --plugin soda_cache_swc_plugin.wasm --noop soda_cache_noop_plugin.wasm --bin soda-cache
//   (the defaults are the builds in $CARGO_TARGET_DIR or ~/.cache/soda-cache/target)
//   --baseline OTHER.wasm adds another soda-cache build, interleaved the same way (an A/B of
//   two builds: the table then also gives module / baseline)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

import { transformSync } from "@swc/core";

const root = path.resolve(fileURLToPath(import.meta.url), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), ".cache/soda-cache/target");
const { values } = parseArgs({
  options: {
    plugin: { type: "string", default: path.join(target, "wasm32-wasip1/release/soda_cache_swc_plugin.wasm") },
    noop: { type: "string", default: path.join(target, "wasm32-wasip1/release/soda_cache_noop_plugin.wasm") },
    bin: { type: "string", default: path.join(target, "release/soda-cache") },
    baseline: { type: "string" },
    rounds: { type: "string", default: "9" },
    repeat: { type: "string", default: "20" },
    out: { type: "string", default: path.join(root, ".cache/perf/plugin.json") },
  },
});

// The inputs: a project built by the real builder, inside the cwd (the plugin reads below it).
const app = path.join(root, ".tmp/perf-plugin-app");
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
  writeFileSync(path.join(app, file), text);
};

function fragment(i) {
  return `import { gql } from "@/graphql-system";\nexport const fragment${i} = gql.default(({ fragment }) => fragment("Fragment${i}", "User")\`{ id name email }\`());\n`;
}
function operation(i) {
  return `import { gql } from "@/graphql-system";\nimport { fragment${i} } from "./fragment${i}";\nexport const op${i} = gql.default(({ query }) => query("Op${i}")\`($id: ID!) { user(id: $id) { ...\${fragment${i}} } }\`());\n`;
}
/** TypeScript of about `bytes` bytes without definitions: functions, types, objects. */
function plain(bytes, seed) {
  let out = `// plain module ${seed}\nexport interface Row${seed} { id: string; values: number[] }\n`;
  for (let k = 0; out.length < bytes; k++) {
    out += `export function helper${seed}_${k}(row: Row${seed}, scale: number): number {\n  const total = row.values.reduce((a, b) => a + b * scale, ${k});\n  return total > ${k * 7} ? total : -total;\n}\n`;
  }
  return out;
}
/** About `bytes` bytes with a few definitions at the top. */
function withDefinitions(bytes, seed) {
  return `import { gql } from "@/graphql-system";\nexport const big${seed} = gql.default(({ fragment }) => fragment("Big${seed}", "User")\`{ id name }\`());\nexport const bigOp${seed} = gql.default(({ query }) => query("BigOp${seed}")\`{ users { ...\${big${seed}} } }\`());\n${plain(bytes, seed)}`;
}

rmSync(app, { recursive: true, force: true });
write("soda-gql.config.json", JSON.stringify({
  outdir: "./src/graphql-system",
  include: ["./src/**/*.ts"],
  schemas: { default: { schema: path.join(root, "fixtures/schemas/default.graphql") } },
}));
write("src/graphql-system/index.ts", "export const gql: any = {};\n");
const sets = {
  "small fragment files": [],
  "small operation files": [],
  "small files without definitions": [],
  "20 KB with definitions": [],
  "20 KB without definitions": [],
  "200 KB with definitions": [],
  "200 KB without definitions": [],
};
for (let i = 0; i < 8; i++) {
  write(`src/fragment${i}.ts`, fragment(i));
  sets["small fragment files"].push(`src/fragment${i}.ts`);
  write(`src/op${i}.ts`, operation(i));
  sets["small operation files"].push(`src/op${i}.ts`);
  write(`src/plain${i}.ts`, plain(500, i));
  sets["small files without definitions"].push(`src/plain${i}.ts`);
}
for (const [size, label] of [[20_000, "20 KB"], [200_000, "200 KB"]]) {
  for (let i = 0; i < 2; i++) {
    write(`src/with-${size}-${i}.ts`, withDefinitions(size, `${size}_${i}`));
    sets[`${label} with definitions`].push(`src/with-${size}-${i}.ts`);
    write(`src/without-${size}-${i}.ts`, plain(size, `${size}_${i}`));
    sets[`${label} without definitions`].push(`src/without-${size}-${i}.ts`);
  }
}
// The bundled example app, as a user would have it.
const example = path.join(root, "fixtures/apps/basic");
sets["example app (fixtures/apps/basic)"] = readdirSync(path.join(example, "src"), { recursive: true })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(example, "src", f));
execFileSync(values.bin, ["build", "--quiet"], { cwd: app });
execFileSync(values.bin, ["build", "--quiet"], { cwd: example });

const cacheRoot = path.join(root, ".tmp/perf-plugin-swc");
const configs = {
  "no plugin": () => [],
  "no-op plugin": () => [[path.resolve(values.noop), {}]],
  "soda-cache module": (dir) => [[path.resolve(values.plugin), { cacheDir: path.relative(process.cwd(), path.join(dir, ".soda-cache")) }]],
  // Development module mode: references the artifact module resolves at run time, so no cache
  // read at all (the inputs import `gql` from `@/graphql-system`).
  "soda-cache module dev": (dir) => [[path.resolve(values.plugin), { cacheDir: path.relative(process.cwd(), path.join(dir, ".soda-cache")) }]],
  "soda-cache inline": (dir) => [[path.resolve(values.plugin), { cacheDir: path.relative(process.cwd(), path.join(dir, ".soda-cache")), emit: "inline" }]],
};
if (values.baseline) {
  configs["baseline module"] = (dir) => [[path.resolve(values.baseline), { cacheDir: path.relative(process.cwd(), path.join(dir, ".soda-cache")) }]];
}

function options(filename, plugins, envName) {
  // Production unless said otherwise: inline mode is refused in development, and both modes
  // then read the cache.
  return { filename, swcrc: false, envName, jsc: { parser: { syntax: "typescript" }, target: "es2022", experimental: { plugins, cacheRoot } } };
}

/** ms per file for one configuration over one input set. */
function measure(files, config) {
  const inputs = files.map((f) => {
    const file = path.isAbsolute(f) ? f : path.join(app, f);
    const dir = file.startsWith(example) ? example : app;
    return [file, readFileSync(file, "utf8"), configs[config](dir), config.endsWith(" dev") ? "development" : "production"];
  });
  const repeat = Number(values.repeat);
  const start = process.hrtime.bigint();
  for (let r = 0; r < repeat; r++) {
    for (const [file, source, plugins, envName] of inputs) transformSync(source, options(file, plugins, envName));
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / (repeat * inputs.length);
}

const names = Object.keys(configs);
// Warm: every plugin compiled and cached by @swc/core before anything is timed.
for (const set of Object.values(sets)) for (const config of names) measure(set, config);
const runs = {};
const rounds = Number(values.rounds);
for (let round = 0; round < rounds; round++) {
  for (const [set, files] of Object.entries(sets)) {
    // Rotate the order each round, so no configuration always runs first or last.
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const config of order) {
      ((runs[set] ??= {})[config] ??= []).push(measure(files, config));
    }
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const medians = {};
const rows = [["input", ...names.map((n) => `${n} ms`), "module / no-op", "module dev / no-op", "inline / no-op", ...(values.baseline ? ["module / baseline"] : [])]];
for (const [set, byConfig] of Object.entries(runs)) {
  const m = Object.fromEntries(Object.entries(byConfig).map(([c, xs]) => [c, median(xs)]));
  medians[set] = m;
  rows.push([
    set,
    ...names.map((n) => m[n].toFixed(3)),
    `${(m["soda-cache module"] / m["no-op plugin"]).toFixed(2)}x`,
    `${(m["soda-cache module dev"] / m["no-op plugin"]).toFixed(2)}x`,
    `${(m["soda-cache inline"] / m["no-op plugin"]).toFixed(2)}x`,
    ...(values.baseline ? [`${(m["soda-cache module"] / m["baseline module"]).toFixed(2)}x`] : []),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join("  "));
const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`rounds: ${rounds} (each ${values.repeat} passes over every file), load average: ${load}`);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ load, rounds, repeat: Number(values.repeat), plugin: values.plugin, baseline: values.baseline, runs, medians }, null, 2) + "\n");
console.log(`raw runs and medians: ${values.out}`);
