// Inputs the host handles alone must stay the host's: deep nesting and long expressions, in
// files without definitions (handed back undecoded) and in files with them (transformed, or a
// clear error at the file; never SWC's "please update swc_core").
//
// Needs SODA_CACHE_BIN and SODA_CACHE_PLUGIN_WASM (scripts/test sets both).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { transformSync } from "@swc/core";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const bin = required("SODA_CACHE_BIN");
const wasm = required("SODA_CACHE_PLUGIN_WASM");
const app = path.join(root, `.tmp/node-deep-${process.pid}`);

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} must be set (scripts/test sets it)`);
  return value;
}

const definition = (name) => `import { gql } from "./graphql-system/index.js";
export const getUser = gql.default(({ query }) => query("${name}")\`($id: ID!) { user(id: $id) { id } }\`());
`;
const nestedArrays = (depth) => `export const nested = ${"[".repeat(depth)}${"]".repeat(depth)};\n`;
const concatenation = (terms) =>
  `export const text = ${Array.from({ length: terms }, (_, i) => `"a${i}"`).join(" + ")};\n`;

const CASES = {
  "arrays.ts": nestedArrays(1500),
  "concat.ts": concatenation(1000),
  "gql-in-a-comment.ts": `// gql\n${nestedArrays(1500)}`,
  "definition-and-arrays.ts": definition("DeepArrays") + nestedArrays(1500),
  "definition-and-concat.ts": definition("LongConcat") + concatenation(1000),
};

function transform(file, plugins) {
  const filename = path.join(app, "src", file);
  return transformSync(readFileSync(filename, "utf8"), {
    filename,
    swcrc: false,
    jsc: { parser: { syntax: "typescript" }, target: "es2022", experimental: { plugins } },
  }).code;
}

const plugin = () => [[wasm, { cacheDir: path.relative(process.cwd(), path.join(app, ".soda-cache")) }]];

before(() => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(path.dirname(app), { recursive: true });
  cpSync(path.join(root, "fixtures/apps/node"), app, { recursive: true });
  const configFile = path.join(app, "soda-gql.config.json");
  const config = JSON.parse(readFileSync(configFile, "utf8"));
  config.schemas.default.schema = path.join(root, "fixtures/schemas/default.graphql");
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  for (const [file, text] of Object.entries(CASES)) writeFileSync(path.join(app, "src", file), text);
  execFileSync(bin, ["build", "--quiet"], { cwd: app, stdio: "pipe" });
});
after(() => rmSync(app, { recursive: true, force: true }));

for (const file of ["arrays.ts", "concat.ts", "gql-in-a-comment.ts"]) {
  test(`${file}: without definitions, the output is the host's own`, () => {
    assert.equal(transform(file, plugin()), transform(file, []));
  });
}

for (const file of ["definition-and-arrays.ts", "definition-and-concat.ts"]) {
  test(`${file}: the definition is rewritten, or the error names the file`, () => {
    let code;
    try {
      code = transform(file, plugin());
    } catch (error) {
      const message = String(error);
      assert.doesNotMatch(message, /swc_core/, "SWC's misleading version hint");
      assert.match(message, new RegExp(file.replace(".", "\\.")));
      return;
    }
    assert.match(code, /getUser/);
    assert.doesNotMatch(code, /gql\.default/, "the definition was rewritten");
  });
}
