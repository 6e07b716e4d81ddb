// `npm run dev`: one `soda-cache build`, then `soda-cache build --watch` beside the dev server
// given as arguments (`node scripts/dev.mjs vite --port 5173`). Stops both when either stops.
import { spawn, spawnSync } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const shell = process.platform === "win32"; // npm's .bin shims are .cmd files there

// The first build must be done before the dev server transforms anything. Errors in
// definitions (exit 1) still write the cache, and the watcher reports them again.
const first = spawnSync("soda-cache", ["build"], { stdio: "inherit", shell });
if (first.error || first.status === 2) process.exit(2);

const children = [
  spawn("soda-cache", ["build", "--watch"], { stdio: "inherit", shell }),
  spawn(command, args, { stdio: "inherit", shell }),
];
let stopping = false;
// Children are stopped as Ctrl-C stops them (SIGINT): both shut down cleanly on it.
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGINT");
  process.exitCode = code;
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));
