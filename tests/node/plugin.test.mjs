// The real plugin (.wasm) under @swc/core (the wasmer runtime), on a fixture app built by the
// real builder; the transformed code is executed with the bundled runtime.
//
// Needs SODA_CACHE_BIN (the soda-cache binary) and SODA_CACHE_PLUGIN_WASM (the built plugin);
// scripts/test sets both.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { transformSync } from "@swc/core";
import { print } from "graphql";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const bin = required("SODA_CACHE_BIN");
const wasm = required("SODA_CACHE_PLUGIN_WASM");
const runtime = path.join(root, "npm/soda-cache/runtime/index.mjs");
const scratch = path.join(root, ".tmp/node-tests");

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} must be set (scripts/test sets it)`);
  return value;
}

/** A fresh copy of fixtures/apps/node under the repo (the plugin only sees the host's cwd). */
function copyApp(name) {
  const dir = path.join(scratch, `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(root, "fixtures/apps/node"), dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  // The copy lives elsewhere: point the config at the shared fixture schema.
  const configFile = path.join(dir, "soda-gql.config.json");
  const config = JSON.parse(readFileSync(configFile, "utf8"));
  config.schemas.default.schema = path.join(root, "fixtures/schemas/default.graphql");
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  return dir;
}

function build(app) {
  execFileSync(bin, ["build", "--quiet"], { cwd: app, stdio: "pipe" });
}

function transform(app, file, { options = {}, envName = "development", runPluginFirst = false } = {}) {
  const filename = path.join(app, file);
  const cacheDir = path.relative(process.cwd(), path.join(app, ".soda-cache"));
  return transformSync(readFileSync(filename, "utf8"), {
    filename,
    swcrc: false,
    envName,
    jsc: {
      parser: { syntax: "typescript" },
      target: "es2022",
      experimental: {
        runPluginFirst,
        cacheRoot: path.join(scratch, ".swc"),
        plugins: [[wasm, { cacheDir, runtimeModule: runtime, ...options }]],
      },
    },
  }).code;
}

/** Transforms every source of the app in place (`x.ts` → `x.js`). */
function transformApp(app, settings) {
  for (const file of readdirSync(path.join(app, "src"), { recursive: true })) {
    if (!file.endsWith(".ts")) continue;
    const out = transform(app, path.join("src", file), settings);
    writeFileSync(path.join(app, "src", file.replace(/\.ts$/, ".js")), out);
  }
}

/** Runs `expression` over the app's transformed operations module in a fresh Node process. */
function evaluate(app, expression) {
  const script = `
    import { print } from "graphql";
    const ops = await import(${JSON.stringify(pathToFileURL(path.join(app, "src/operations.js")).href)});
    console.log(JSON.stringify(${expression}));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(out);
}

const GET_USER = `query GetUser($id: ID!, $first: Int) {
  user(id: $id) {
    id
    name
    posts(first: $first) {
      id
      title
    }
    email
  }
}`;

before(() => mkdirSync(scratch, { recursive: true }));
after(() => rmSync(scratch, { recursive: true, force: true }));

for (const emit of ["module", "inline"]) {
  for (const runPluginFirst of [false, true]) {
    describe(`emit: ${emit}, TypeScript ${runPluginFirst ? "kept (runPluginFirst)" : "stripped"}`, () => {
      let app;
      before(() => {
        app = copyApp(`${emit}-${runPluginFirst}`);
        build(app);
        // Inline output is refused in development (hosts cache it stale); test builds may use it.
        transformApp(app, { options: { emit }, runPluginFirst, envName: emit === "inline" ? "test" : "development" });
      });

      test("definitions become runtime calls and the graphql-system import is gone", () => {
        const code = readFileSync(path.join(app, "src/operations.js"), "utf8");
        assert.doesNotMatch(code, /gql\.default|graphql-system/);
        assert.match(code, /gqlRuntime/);
        assert.match(code, /\.attach\(/);
      });

      test("the executed output carries the compiled documents", () => {
        const result = evaluate(
          app,
          `{ getUser: print(ops.getUser.document), vars: ops.getUser.variableNames, admins: print(ops.listAdmins.document),
             metadata: ops.listAdmins.metadata, label: ops.tagged.label, typename: ops.tagged.typename }`,
        );
        assert.equal(result.getUser, GET_USER);
        assert.deepEqual(result.vars, ["id", "first"]);
        assert.equal(result.admins, "query ListAdmins($first: Int = 10) {\n  users(first: $first, role: ADMIN) {\n    id\n    name\n  }\n}");
        assert.deepEqual(result.metadata, { cache: "public" });
        assert.equal(result.label, "fragment Tagged");
        assert.equal(result.typename, "Task");
      });
    });
  }
}

test("a rebuilt fragment reaches an operation that was not transformed again (module mode)", () => {
  const app = copyApp("stale-dependency");
  build(app);
  transformApp(app, {});
  assert.equal(evaluate(app, "print(ops.getUser.document)"), GET_USER);
  // Edit the fragment file and rebuild; operations.ts is NOT transformed again.
  const fragmentFile = path.join(app, "src/user-fragment.ts");
  writeFileSync(fragmentFile, readFileSync(fragmentFile, "utf8").replace("    name\n", "    name\n    role\n"));
  build(app);
  writeFileSync(path.join(app, "src/user-fragment.js"), transform(app, "src/user-fragment.ts"));
  const document = evaluate(app, "print(ops.getUser.document)");
  assert.equal(document, GET_USER.replace("    name\n", "    name\n    role\n"));
});

test("definitions named like Object.prototype members resolve from their artifact module", () => {
  const app = copyApp("proto-names");
  const file = path.join(app, "src/proto.ts");
  writeFileSync(
    file,
    `import { gql } from "./graphql-system/index.js";
export const toString = gql.default(({ query }) => query("ToStringOp")\`{ users { id } }\`());
export const __proto__ = gql.default(({ query }) => query("ProtoOp")\`{ users { name } }\`());
`,
  );
  build(app);
  // Added after the build: not in the module yet, so it waits (never Object.prototype's).
  writeFileSync(file, `${readFileSync(file, "utf8")}export const constructor = gql.default(({ query }) => query("Late")\`{ users { id } }\`());\n`);
  transformApp(app, {});
  const script = `
    import { print } from "graphql";
    const m = await import(${JSON.stringify(pathToFileURL(path.join(app, "src/proto.js")).href)});
    let late;
    try { late = m.constructor.document; } catch (error) { late = error.message; }
    console.log(JSON.stringify([print(m.toString.document), print(m.__proto__.document), late]));`;
  const [toString, proto, late] = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }));
  assert.equal(toString, "query ToStringOp {\n  users {\n    id\n  }\n}");
  assert.equal(proto, "query ProtoOp {\n  users {\n    name\n  }\n}");
  assert.match(late, /src\/proto\.ts::constructor changed since the last build and is not rebuilt yet/);
});

test("a stale definition is a build error in production", () => {
  const app = copyApp("stale-production");
  build(app);
  const file = path.join(app, "src/operations.ts");
  writeFileSync(file, readFileSync(file, "utf8").replace("      email\n", "      email\n      role\n"));
  assert.throws(() => transform(app, "src/operations.ts", { envName: "production" }), /changed since it was written to the cache; run `soda-cache build`/);
});

test("a missing cache is an error that says what to run in production; development reads nothing", () => {
  const app = copyApp("no-cache");
  assert.throws(() => transform(app, "src/operations.ts", { envName: "production" }), /no cache in .*: run `soda-cache build` first/);
  // Development output only references the artifact module (the bundler reports it missing).
  const code = transform(app, "src/operations.ts");
  assert.match(code, /from "\.\.\/\.soda-cache\/modules\/[0-9a-f]{16}\.mjs"/);
  assert.doesNotMatch(code, /gql\.default/);
});

test("unknown plugin options are an error that names them", () => {
  const app = copyApp("bad-options");
  build(app);
  assert.throws(
    () => transform(app, "src/operations.ts", { options: { emitMode: "inline" } }),
    (error) => {
      assert.match(error.message, /unknown field `emitMode`/);
      // The options are not in the file: no code frame of the file's text.
      assert.doesNotMatch(error.message, /╭─\[/, error.message);
      return true;
    },
  );
});

test("the runtime prints with graphql-js exactly as the builder's stored text", () => {
  const app = copyApp("parity");
  build(app);
  execFileSync(bin, ["build", "--quiet", "--json", "artifact.json"], { cwd: app });
  const artifact = JSON.parse(readFileSync(path.join(app, "artifact.json"), "utf8"));
  const getUser = artifact.elements["src/operations.ts::getUser"];
  assert.equal(print(getUser.prebuild.document), GET_USER);
});

test("--json writes upstream's artifact file: its layout, and contentHash = sha1(JSON.stringify(prebuild))", () => {
  const app = copyApp("artifact");
  build(app);
  execFileSync(bin, ["build", "--quiet", "--json", "artifact.json"], { cwd: app });
  const text = readFileSync(path.join(app, "artifact.json"), "utf8");
  const artifact = JSON.parse(text);
  assert.equal(text, `${JSON.stringify(artifact, null, 2)}\n`);
  const elements = Object.values(artifact.elements);
  assert.ok(elements.length > 3);
  for (const element of elements) {
    const hash = createHash("sha1").update(JSON.stringify(element.prebuild)).digest("hex");
    assert.equal(element.metadata.contentHash, hash, element.id);
  }
});

test("a definition fixed after a failed build resolves once the newer module version is loaded (module mode)", () => {
  const app = copyApp("pending");
  const file = path.join(app, "src/operations.ts");
  const fixed = readFileSync(file, "utf8");
  writeFileSync(file, fixed.replace("      email\n", "      email\n      nickname\n"));
  try {
    build(app);
  } catch {
    // Exit status 1: the broken definition is stored as failed.
  }
  writeFileSync(file, fixed);
  // The dev server transforms the fixed file before the watcher has rebuilt.
  transformApp(app, {});
  const module = readFileSync(path.join(app, "src/operations.js"), "utf8").match(/from "(\.\.\/\.soda-cache\/modules\/[0-9a-f]+\.mjs)"/)[1];
  const moduleUrl = pathToFileURL(path.join(app, "src", module)).href;
  const script = `
    import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
    import { print } from "graphql";
    const ops = await import(${JSON.stringify(pathToFileURL(path.join(app, "src/operations.js")).href)});
    let before;
    try { print(ops.getUser.document); } catch (error) { before = error.message; }
    execFileSync(${JSON.stringify(bin)}, ["build", "--quiet"], { cwd: ${JSON.stringify(app)} });
    await import(${JSON.stringify(moduleUrl)} + "?rebuilt");
    console.log(JSON.stringify({ before, after: print(ops.getUser.document) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }));
  assert.match(out.before, /changed since the last build and is not rebuilt yet/);
  assert.equal(out.after, GET_USER);
});
