// Generates deterministic soda-gql apps for the builder benchmarks, in two shapes:
//
//   app   a product codebase: entities/ (fragment chains Core → Card → Detail, re-exported by
//         barrels), features/ (a fragment with arguments, queries, a mutation, plain components,
//         hooks and utils), pages/ (.tsx pages composing features), admin/ (a second schema),
//         lib/ and ui/ (no definitions). Most files hold no definition, as in real projects.
//   perf  the shape of upstream soda-gql's runtime-builder perf presets: one fragment ("model")
//         or one query per file under entities/ with two barrel files, operations under pages/
//         spreading three models each, and noise files (components, utils, hooks, types).
//
//   node bench/generate-app.mjs --preset large-app --out benchmarks/large-app
//   node bench/generate-app.mjs --preset perf-5k            # → .tmp/apps/perf-5k
//   node bench/generate-app.mjs --shape app --files 3000    # any size, either shape
//   node bench/generate-app.mjs --list
//
// Nothing here is random: the same arguments always give the same bytes (the committed
// fixtures under benchmarks/ are checked against this generator by bench/generate-app.test.mjs).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

import { appFiles } from "./shapes/app.mjs";
import { perfFiles } from "./shapes/perf.mjs";

export const PRESETS = {
  // Committed under benchmarks/ (keep them small: they live in the repository).
  "small-app": { shape: "app", files: 60, committed: true, about: "a small product app (~60 files): a few entities, features and pages, two schemas" },
  "medium-app": { shape: "app", files: 300, committed: true, about: "a mid-size product app (~300 files): entities, features, pages and an admin area on a second schema" },
  "large-app": { shape: "app", files: 1000, committed: true, about: "a large product app (~1,000 files, ~500 definitions in ~270 files): fragment chains across barrels, fragment arguments, two schemas" },
  // Generated under .tmp/ only.
  "app-5k": { shape: "app", files: 5000 },
  "app-10k": { shape: "app", files: 10000 },
  "app-20k": { shape: "app", files: 20000 },
  // Upstream's perf-preset shape. Counts mirror its presets: files = noise + models + queries +
  // pages + 2 barrels (perf-1k is its `xlarge`, perf-5k its `xxxlarge` with 5,152 files, perf-20k
  // its `stress`; perf-10k sits between them).
  "perf-1k": { shape: "perf", noise: 900, types: 100, models: 50, queries: 50, pages: 50 },
  "perf-5k": { shape: "perf", noise: 4700, types: 250, models: 150, queries: 150, pages: 150 },
  "perf-10k": { shape: "perf", noise: 9500, types: 350, models: 250, queries: 250, pages: 250 },
  "perf-20k": { shape: "perf", noise: 19200, types: 500, models: 400, queries: 400, pages: 400 },
};
export const ALIASES = { xxxlarge: "perf-5k", stress: "perf-20k", xlarge: "perf-1k" };

/** The preset called `name` (or an alias of one), or undefined. */
export function preset(name) {
  return PRESETS[ALIASES[name] ?? name];
}

/** A perf-shape preset for about `files` files, scaled like upstream's presets (6% definitions). */
function perfForFiles(files) {
  const each = Math.max(1, Math.round(files * 0.03));
  return { shape: "perf", noise: Math.max(0, files - 3 * each - 2), types: Math.max(each, 10), models: each, queries: each, pages: each };
}

/** Every file of the app described by `spec`, as [relative path, text] in a fixed order. */
export function generate(spec, name) {
  if (spec.shape === "app") return appFiles(spec.files, name, spec);
  if (spec.shape === "perf") return perfFiles(spec, name);
  throw new Error(`unknown shape ${spec.shape}`);
}

/** Writes `files` into `out`, replacing whatever was there. */
export function writeApp(out, files) {
  rmSync(out, { recursive: true, force: true });
  for (const [file, text] of files) {
    const full = path.join(out, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function main() {
  const root = path.resolve(fileURLToPath(import.meta.url), "../..");
  const { values } = parseArgs({
    options: {
      preset: { type: "string" },
      shape: { type: "string", default: "perf" },
      files: { type: "string" },
      out: { type: "string" },
      list: { type: "boolean", default: false },
    },
  });
  if (values.list) {
    for (const [name, spec] of Object.entries(PRESETS)) console.log(`${name.padEnd(11)} ${JSON.stringify(spec)}`);
    for (const [alias, target] of Object.entries(ALIASES)) console.log(`${alias.padEnd(11)} = ${target}`);
    return;
  }
  let spec;
  let name;
  if (values.preset) {
    spec = preset(values.preset);
    if (!spec) throw new Error(`unknown preset ${values.preset} (see --list)`);
    name = ALIASES[values.preset] ?? values.preset;
  } else {
    const files = Number(values.files ?? 1000);
    spec = values.shape === "app" ? { shape: "app", files } : perfForFiles(files);
    name = `${values.shape}-${files}`;
  }
  const out = path.resolve(values.out ?? path.join(root, ".tmp/apps", name));
  const files = generate(spec, name);
  writeApp(out, files);
  const sources = files.filter(([f]) => f.startsWith("src/"));
  const bytes = sources.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  console.log(`generated ${name}: ${sources.length} source files (${bytes} bytes) in ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
