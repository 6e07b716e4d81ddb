#!/usr/bin/env bash
# The incremental numbers of one fixture in one run (default: perf-5k, upstream's xxxlarge
# shape): builds the release binary and the session example, then runs the harness once.
#   bench/incremental.sh [FIXTURE]
# For medians over several runs and a saved metrics.json, run the harness itself:
#   npm run perf:builder -- --fixture FIXTURE --runs 5
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/soda-cache/target}"
cargo build --release --locked -q -p soda-cache --bin soda-cache --example incremental
node bench/perf-builder.mjs --fixture "${1:-perf-5k}" --runs 1 --bin "$CARGO_TARGET_DIR/release/soda-cache"
