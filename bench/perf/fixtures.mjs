// What `--fixture` names: a committed app under benchmarks/, a generator preset (generated
// under .tmp/apps/ once per generator version), or a path to a project.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ALIASES, generate, preset, writeApp } from "../generate-app.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The hash of the generator's own sources: a generated app is reused only while it matches. */
function generatorHash() {
  const hash = createHash("sha1");
  const shapes = path.join(ROOT, "bench/shapes");
  const files = [path.join(ROOT, "bench/generate-app.mjs"), ...readdirSync(shapes).sort().map((f) => path.join(shapes, f))];
  for (const file of files) hash.update(path.basename(file)).update(readFileSync(file));
  return hash.digest("hex");
}

/** `{ name, dir, kind }` for a `--fixture` argument; generates presets on demand. */
export function resolveFixture(arg) {
  const committed = path.join(ROOT, "benchmarks", arg);
  if (existsSync(path.join(committed, "soda-gql.config.ts"))) return { name: arg, dir: committed, kind: "committed" };
  const spec = preset(arg);
  if (spec) {
    const name = ALIASES[arg] ?? arg;
    const dir = path.join(ROOT, ".tmp/apps", name);
    const stampFile = path.join(dir, ".generated");
    const stamp = `${generatorHash()} ${JSON.stringify(spec)}`;
    if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
      writeApp(dir, generate(spec, name));
      writeFileSync(stampFile, stamp);
    }
    return { name, dir, kind: "preset" };
  }
  const dir = path.resolve(arg);
  if (existsSync(dir) && statSync(dir).isDirectory()) return { name: path.basename(dir), dir, kind: "path" };
  throw new Error(`--fixture ${arg}: not a fixture under benchmarks/, a generator preset (node bench/generate-app.mjs --list) or a directory`);
}

/** A scratch copy of the fixture (edits never touch the original), without its cache. */
export function workCopy(fixture) {
  const dir = path.join(ROOT, ".tmp/perf-work", fixture.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture.dir, dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.soda-cache|node_modules|\.generated)$/.test(src),
  });
  return dir;
}

/** TypeScript files under `dir` and their bytes (node_modules and caches skipped). */
export function sourceStats(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name.startsWith("soda-gql.config")) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) {
        files += 1;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
