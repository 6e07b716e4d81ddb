// The committed fixtures are exactly what the generator makes, and the generator is
// deterministic and sized as its presets say.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { generate, preset, PRESETS } from "./generate-app.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === ".soda-cache") continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(dir);
  return out;
}

for (const [name, spec] of Object.entries(PRESETS).filter(([, s]) => s.committed)) {
  test(`benchmarks/${name} is what the generator makes`, () => {
    const expected = new Map(generate(spec, name));
    const actual = tree(path.join(root, "benchmarks", name));
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `regenerate: node bench/generate-app.mjs --preset ${name} --out benchmarks/${name}`);
    for (const [file, text] of expected) assert.equal(actual.get(file), text, `${file} differs from the generator's output`);
  });
}

test("the same preset gives the same bytes", () => {
  assert.deepEqual(generate(preset("medium-app"), "medium-app"), generate(preset("medium-app"), "medium-app"));
});

test("presets have the sizes they claim", () => {
  const sources = (name) => generate(preset(name), name).filter(([f]) => f.startsWith("src/"));
  assert.equal(sources("large-app").length, 1000);
  // Upstream's xxxlarge: 150 models + 150 queries + 150 pages + 2 barrels + 4,700 noise files.
  const perf = sources("xxxlarge");
  assert.equal(perf.length, 5152);
  assert.equal(perf.filter(([, t]) => t.includes("gql.default(")).length, 450);
  const bytes = perf.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
  assert.ok(bytes > 3.5e6 && bytes < 3.9e6, `xxxlarge is ${bytes} bytes; upstream's is 3.7 MB`);
});
