#!/usr/bin/env python3
"""Runs a command and writes its wall time and resource usage (wait4) as JSON.

    python3 bench/rusage.py OUT.json -- soda-cache build

Node cannot read a child's rusage, and /usr/bin/time differs between GNU and BSD, so the
harness runs every measured process through this: the wall time is taken around fork and
wait4 only (no interpreter start-up), and max_rss comes from the kernel's own accounting of
that one process. stdio is inherited; SIGINT and SIGTERM are passed on to the child, so a
`--watch` process can be stopped through this wrapper and still report its peak.
"""
import json
import os
import signal
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, command = sys.argv[1], sys.argv[3:]
    started = time.perf_counter_ns()
    child = subprocess.Popen(command)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda signum, _frame: child.send_signal(signum))
    while True:
        try:
            _, status, usage = os.wait4(child.pid, 0)
            break
        except InterruptedError:
            continue
    wall_ns = time.perf_counter_ns() - started
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    rss_kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code  # reaped here, not by Popen
    with open(out, "w", encoding="utf-8") as f:
        json.dump(
            {
                "wall_ms": wall_ns / 1e6,
                "user_ms": usage.ru_utime * 1e3,
                "sys_ms": usage.ru_stime * 1e3,
                "max_rss_kb": rss_kb,
                "exit": code,
            },
            f,
        )
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main())
