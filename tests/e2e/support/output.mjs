// Checks on a production build's output files.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `dirs` (relative to `root`) except source maps, with its text. */
export function outputFiles(root, dirs) {
  const files = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith(".map")) continue;
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      files.push({ file: path.relative(root, file), text: readFileSync(file, "utf8") });
    }
  }
  return files;
}

/** The graphql-system stand-in's own text: code of it in the output means it was bundled. */
const GRAPHQL_SYSTEM_CODE = "graphql-system stand-in reached";
/** A definition call that survived the transform. */
const DEFINITION_CALL = /\bgql\s*\.\s*[A-Za-z_$][\w$]*\s*\(/;

/** A prebuilt DocumentNode for `operationName` (as minified or plain object code). */
function documentPattern(operationName) {
  const q = "[\"'`]";
  return new RegExp(`kind${q}?\\s*:\\s*${q}OperationDefinition${q}[^]{0,200}?value${q}?\\s*:\\s*${q}${operationName}${q}`);
}

export function assertCompiledAway(files, { documents }) {
  assert.ok(files.length > 0, "the build wrote no files");
  for (const [operationName, where] of Object.entries(documents)) {
    const holders = files.filter(({ file, text }) => where(file) && documentPattern(operationName).test(text));
    assert.ok(holders.length > 0, `no output file (of the expected kind) holds the prebuilt document of ${operationName}`);
  }
  const withStandIn = files.filter(({ text }) => text.includes(GRAPHQL_SYSTEM_CODE)).map(({ file }) => file);
  assert.deepEqual(withStandIn, [], "graphql-system code was bundled");
  const withCalls = files.filter(({ text }) => DEFINITION_CALL.test(text)).map(({ file }) => file);
  assert.deepEqual(withCalls, [], "a gql.<schema>( call survived outside source maps");
  // The development-only checks (fingerprints against the source, warnings for the watcher
  // race) stay out of production bundles.
  const withDevChecks = files.filter(({ text }) => DEV_ONLY.some((s) => text.includes(s))).map(({ file }) => file);
  assert.deepEqual(withDevChecks, [], "development-only code of the artifact modules was bundled");
}

/** Strings only the development side of an artifact module holds. */
const DEV_ONLY = ["changed since the last build", "is not rebuilt yet"];
