#!/usr/bin/env node
// Launches the native `soda-cache` builder from the platform package npm installed beside this
// one (optional dependencies filtered by os/cpu/libc, as esbuild and @swc/core ship theirs).
// The platform package must have this package's version, so CLI and plugin always match.
"use strict";

const { spawn } = require("node:child_process");
const path = require("node:path");

const { version } = require("../package.json");
const platformPackage = `@soda-cache/cli-${process.platform}-${process.arch}`;
const exe = process.platform === "win32" ? "soda-cache.exe" : "soda-cache";

function binaryPath() {
  let manifest;
  try {
    manifest = require.resolve(`${platformPackage}/package.json`);
  } catch {
    fail(
      `the soda-cache CLI for this machine (${platformPackage}) is not installed.\n` +
        "It is an optional dependency of soda-cache: reinstall without --no-optional / --omit=optional,\n" +
        "and install on the machine that runs it (node_modules copied across platforms lack it).",
    );
  }
  const installed = require(manifest).version;
  if (installed !== version) {
    fail(`${platformPackage} is ${installed} but soda-cache is ${version}: reinstall so they match.`);
  }
  return path.join(path.dirname(manifest), "bin", exe);
}

function fail(message) {
  console.error(`soda-cache: ${message}`);
  process.exit(2);
}

const child = spawn(binaryPath(), process.argv.slice(2), { stdio: "inherit" });
// Pass termination on to the builder (`--watch` runs until stopped), then leave as it left.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => fail(`cannot run ${error.path ?? exe}: ${error.message}`));
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
