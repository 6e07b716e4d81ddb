#!/usr/bin/env bash
# Whole-app incremental numbers in one run on a generated app (default 5,000 files):
# cold build, no-op build in a new process, same-process repeat, one-file fragment edit, and a
# fragment edit under --watch counted from the file-system event.
#   bench/incremental.sh [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/soda-cache/target}"
files="${1:-5000}"
app=".tmp/apps/app-$files"
cargo build --release --locked -q -p soda-cache --bin soda-cache --example incremental
bin="$CARGO_TARGET_DIR/release/soda-cache"
node bench/generate-app.mjs --files "$files" --out "$app"

echo "== new processes (soda-cache build)"
rm -rf "$app/.soda-cache"
(cd "$app" && /usr/bin/time -f "   cold: %e s wall, %M KB peak RSS" "$bin" build)
(cd "$app" && /usr/bin/time -f "   no-op: %e s wall, %M KB peak RSS" "$bin" build)

echo "== one session (BuilderSession::load / update)"
"$CARGO_TARGET_DIR/release/examples/incremental" "$app"

echo "== --watch: edit one fragment, timed from the file-system event"
log=$(mktemp)
(cd "$app" && exec "$bin" build --watch >"$log" 2>&1) &
watcher=$!
until grep -q watching "$log"; do sleep 0.2; done
sed -i 's/id name email role manager { id name }/id name email role/' "$app/src/fragments/f0.ts"
until grep -q "files changed" "$log"; do sleep 0.1; done
kill -INT "$watcher"
wait "$watcher" || true
grep -E "files changed" "$log" | sed 's/^/   /' || true
rm -f "$log"
