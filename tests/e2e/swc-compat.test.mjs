// The packed plugin .wasm under several @swc/core releases (tests/e2e/swc-compat/package.json,
// installed into .tmp/swc-compat): 1.15.0 (the floor), the newest 1.15.x and 1.16.22 must give
// the same output for a file with definitions; 1.14 must refuse it (its message is recorded).
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { appDir, scratchDir, localBin } from "./support/paths.mjs";
import { installFromLock } from "./support/prepare.mjs";
import { run } from "./support/processes.mjs";

const SUPPORTED = ["1.15.0", "1.15.47", "1.16.22"];
const TOO_OLD = "1.14.0";

const lockDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "swc-compat");
const compatDir = path.join(scratchDir, "swc-compat");
const app = appDir("vite-app");
const FILE = "src/graphql/operations.ts";

/** Transforms FILE with @swc/core `version` in a fresh process whose cwd is the app. */
function transformWith(version) {
  const script = `
    const core = require(${JSON.stringify(path.join(compatDir, "node_modules", `swc-core-${version}`))});
    const { readFileSync } = require("node:fs");
    const filename = require("node:path").resolve(${JSON.stringify(FILE)});
    try {
      const { code } = core.transformSync(readFileSync(filename, "utf8"), {
        filename,
        swcrc: false,
        jsc: {
          parser: { syntax: "typescript" },
          target: "es2022",
          experimental: {
            cacheRoot: ${JSON.stringify(path.join(compatDir, ".swc", version))},
            plugins: [[require.resolve("soda-cache"), {}]],
          },
        },
      });
      process.stdout.write(JSON.stringify({ version: core.version, code }));
    } catch (error) {
      process.stdout.write(JSON.stringify({ version: core.version, error: String(error?.message ?? error) }));
    }`;
  return JSON.parse(run(process.execPath, ["-e", script], { cwd: app }).output);
}

before(() => {
  assert.ok(existsSync(path.join(app, "node_modules/soda-cache")), `${app} is not prepared: run scripts/test-hosts`);
  mkdirSync(compatDir, { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(path.join(lockDir, file), path.join(compatDir, file));
  installFromLock(lockDir, compatDir);
  run(localBin(app, "soda-cache"), ["build", "--quiet"], { cwd: app });
});

test(`the .wasm gives one output under @swc/core ${SUPPORTED.join(", ")}`, (t) => {
  const results = SUPPORTED.map(transformWith);
  for (const [i, result] of results.entries()) {
    assert.equal(result.version, SUPPORTED[i]);
    assert.equal(result.error, undefined, `@swc/core ${result.version}: ${result.error}`);
  }
  const [first] = results;
  assert.match(first.code, /import \{ element as __soda_element \} from "\.\.\/\.\.\/\.soda-cache\/modules\/[0-9a-f]{16}\.mjs"/);
  assert.match(first.code, /__soda_element\(gqlRuntime, "getUserPage", "[0-9a-f]{16}"\)/);
  assert.doesNotMatch(first.code, /graphql-system|gql\.default/);
  for (const result of results.slice(1)) assert.equal(result.code, first.code, `@swc/core ${result.version} differs from ${first.version}`);
  t.diagnostic(`same ${first.code.length}-byte output under ${SUPPORTED.join(", ")}`);
});

test(`@swc/core ${TOO_OLD} refuses the .wasm`, (t) => {
  const result = transformWith(TOO_OLD);
  assert.equal(result.version, TOO_OLD);
  assert.ok(result.error, `@swc/core ${TOO_OLD} transformed the file:\n${result.code}`);
  t.diagnostic(`@swc/core ${TOO_OLD}: ${result.error.split("\n").slice(0, 6).join(" | ")}`);
});
