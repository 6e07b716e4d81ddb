// The bundled example app type-checks under its own strict tsconfig, as a user's would
// (its graphql-system is a hand-written stand-in that gives every builder callback a type).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");

for (const app of ["fixtures/apps/basic"]) {
  test(`${app} passes tsc --noEmit`, () => {
    try {
      execFileSync(process.execPath, [tsc, "--noEmit", "-p", path.join(root, app)], { stdio: "pipe", encoding: "utf8" });
    } catch (error) {
      throw new Error(`tsc --noEmit -p ${app}:\n${error.stdout}${error.stderr}`);
    }
  });
}
