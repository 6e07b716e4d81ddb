// Lays out each example under .tmp/e2e/<name> for the host tests: the example's files (the
// tracked tree is never edited by a test), `npm ci` from its lock, then the packed soda-cache
// tarballs (`npm install --no-save`, so the lock never depends on them).
//
// node_modules is kept between runs only while a stamp says it came from this very lock and
// these very tarballs; anything else is installed again (`npm ci` starts from nothing).
//   node tests/e2e/support/prepare.mjs [example...]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { EXAMPLES, appDir, examplesDir, tarballs } from "./paths.mjs";

/** Generated or installed paths never copied from an example. */
const SKIPPED = new Set(["node_modules", ".next", ".soda-cache", ".swc", "dist", "next-env.d.ts", "tsconfig.tsbuildinfo"]);

const STAMP = "node_modules/.soda-cache-e2e.json";

function sha256(...files) {
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.basename(file)).update(readFileSync(file));
  return hash.digest("hex");
}

function npm(cwd, args) {
  execFileSync("npm", [...args, "--no-audit", "--no-fund"], { cwd, stdio: "inherit" });
}

/** Replaces everything but node_modules with the example's current files. */
function syncSources(source, target) {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(target)) {
    if (entry !== "node_modules") rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  cpSync(source, target, {
    recursive: true,
    filter: (file) => !SKIPPED.has(path.basename(file)),
  });
}

/**
 * `npm ci` in `target` from `lockDir`'s lock, then `npm install --no-save` of `tarballs`,
 * unless the stamp says node_modules came from this very lock and these very tarballs.
 */
export function installFromLock(lockDir, target, tarballs = []) {
  const want = { lock: sha256(path.join(lockDir, "package-lock.json")), tarballs: sha256(...tarballs) };
  const stampFile = path.join(target, STAMP);
  const have = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, "utf8")) : {};
  const name = path.basename(target);
  if (have.lock === want.lock && have.tarballs === want.tarballs) {
    console.log(`${name}: node_modules is up to date (same lock, same tarballs)`);
    return;
  }
  if (have.lock !== want.lock) {
    console.log(`${name}: npm ci`);
    npm(target, ["ci"]);
  } else {
    // Same lock, new tarballs: replace only soda-cache's packages.
    rmSync(path.join(target, "node_modules/soda-cache"), { recursive: true, force: true });
    rmSync(path.join(target, "node_modules/@soda-cache"), { recursive: true, force: true });
  }
  if (tarballs.length > 0) {
    console.log(`${name}: npm install --no-save ${tarballs.map((p) => path.basename(p)).join(" ")}`);
    npm(target, ["install", "--no-save", ...tarballs]);
  }
  // Vite keys its pre-bundled deps on node_modules/.package-lock.json, which the install above
  // rewrote; re-optimizing a stale cache at startup reloaded the open page mid-test.
  rmSync(path.join(target, "node_modules/.vite"), { recursive: true, force: true });
  writeFileSync(stampFile, `${JSON.stringify(want)}\n`);
}

export function prepare(name) {
  const source = path.join(examplesDir, name);
  const target = appDir(name);
  syncSources(source, target);
  installFromLock(source, target, tarballs());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : EXAMPLES;
  for (const name of names) prepare(name);
}
