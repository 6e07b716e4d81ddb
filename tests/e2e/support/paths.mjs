// Where the host tests find the examples, their prepared copies and the packed tarballs.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(fileURLToPath(import.meta.url), "../../../..");
export const examplesDir = path.join(root, "examples");
export const scratchDir = path.join(root, ".tmp/e2e");
export const packagesDir = path.join(root, ".tmp/packages");
export const EXAMPLES = ["nextjs-app", "vite-app"];

/** The prepared copy of an example (tests/e2e/support/prepare.mjs). */
export function appDir(name) {
  return path.join(scratchDir, name);
}

/** The tarballs scripts/pack wrote: soda-cache and this machine's CLI package. */
export function tarballs() {
  const platform = `soda-cache-cli-${process.platform}-${process.arch}-`;
  const files = existsSync(packagesDir) ? readdirSync(packagesDir) : [];
  const main = files.filter((f) => /^soda-cache-\d.*\.tgz$/.test(f));
  const cli = files.filter((f) => f.startsWith(platform) && f.endsWith(".tgz"));
  if (main.length !== 1 || cli.length !== 1) {
    throw new Error(`expected one soda-cache and one ${platform}* tarball in ${packagesDir} (run scripts/pack), found: ${files.join(", ") || "none"}`);
  }
  return [...main, ...cli].map((f) => path.join(packagesDir, f));
}

/** A command an example installed (never fetched: npx would go to the registry for a missing one). */
export function localBin(app, name) {
  return path.join(app, "node_modules/.bin", name);
}
