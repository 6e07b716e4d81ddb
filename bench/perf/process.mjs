// Running measured processes: every one goes through bench/rusage.py, which times it around
// fork/wait4 and reads its peak RSS from the kernel (see that file for why).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const RUSAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "rusage.py");
const PYTHON = process.env.PYTHON ?? "python3";

/** A measured process whose output is streamed: `waitFor` a pattern, then `stop` it. */
export function startMeasured(argv, { cwd, env } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "soda-perf-"));
  const usageFile = path.join(dir, "usage.json");
  const child = spawn(PYTHON, [RUSAGE, usageFile, "--", ...argv], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { stdout: "", stderr: "" };
  const waiters = [];
  const check = () => {
    for (const w of [...waiters]) {
      const text = out[w.stream].slice(w.from);
      const m = text.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        clearTimeout(w.timer);
        w.resolve({ match: m, end: w.from + m.index + m[0].length });
      }
    }
  };
  child.stdout.on("data", (d) => ((out.stdout += d), check()));
  child.stderr.on("data", (d) => ((out.stderr += d), check()));
  const closed = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => {
      for (const w of waiters) w.reject(new Error(`${argv.join(" ")} exited before printing ${w.pattern}\n${out.stderr}`));
      let usage;
      try {
        usage = JSON.parse(readFileSync(usageFile, "utf8"));
      } catch (error) {
        reject(new Error(`no resource usage for ${argv.join(" ")}: ${error.message}\n${out.stderr}`));
        return;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({ ...usage, stdout: out.stdout, stderr: out.stderr });
    });
  });
  return {
    output: out,
    /** Resolves when `pattern` appears in `stream` after offset `from`. */
    waitFor(pattern, { stream = "stdout", from = 0, timeoutMs = 600_000 } = {}) {
      return new Promise((resolve, reject) => {
        const w = { pattern, stream, from, resolve, reject };
        w.timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`timed out waiting for ${pattern} from ${argv.join(" ")}\n${out.stderr}`));
        }, timeoutMs);
        waiters.push(w);
        check();
      });
    },
    /** Sends SIGINT (passed on to the measured process) and resolves with its usage. */
    stop() {
      child.kill("SIGINT");
      return closed;
    },
    closed,
  };
}

/** Runs `argv` to completion: `{ wall_ms, user_ms, sys_ms, max_rss_kb, exit, stdout, stderr }`. */
export function runMeasured(argv, options) {
  return startMeasured(argv, options).closed;
}
