// Real processes for the host tests: one-shot commands, and long-running servers that are
// started in their own process group and stopped by it (never by name).
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

/** Environment of every host process: no telemetry, no colors, no update checks. */
export const HOST_ENV = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
  CI: "true",
};

/** Runs a command to completion; returns its output, or throws with it. */
export function run(command, args, { cwd, env = HOST_ENV, allowFailure = false, timeout = 10 * 60_000 } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20, timeout });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const shown = args.map((a) => (a.length > 60 ? `${a.slice(0, 57).replace(/\s+/g, " ")}...` : a)).join(" ");
  console.log(`# ${command} ${shown} (in ${cwd}): exit ${result.status}, ${seconds} s`);
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(" ")} failed with ${result.status}:\n${output}`);
  }
  return { status: result.status, output };
}

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a command in its own process group; `stop(signal)` ends that group (and only it):
 * SIGTERM by default, as process managers do; SIGINT is what a terminal's Ctrl-C sends.
 */
export function startProcess(command, args, { cwd, env = HOST_ENV }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    output: () => output,
    running,
    async stop(signal = "SIGTERM") {
      if (!running()) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `ready()` holds, failing early when the process exits. */
export async function waitUntil(handle, ready, { timeout, what }) {
  const deadline = Date.now() + timeout;
  while (!(await ready())) {
    if (!handle.running()) throw new Error(`exited before ${what}:\n${handle.output()}`);
    if (Date.now() > deadline) {
      await handle.stop();
      throw new Error(`not ${what} within ${timeout / 1000} s:\n${handle.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts a server and waits until `url` answers (any HTTP status). */
export async function startServer(command, args, { cwd, url, env = HOST_ENV, timeout = 120_000 }) {
  const server = startProcess(command, args, { cwd, env });
  const answers = () =>
    fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      () => true,
      () => false,
    );
  await waitUntil(server, answers, { timeout, what: `answering at ${url}` });
  return server;
}
