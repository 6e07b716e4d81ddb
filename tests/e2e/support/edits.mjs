// Source edits in a prepared example, undone by `restore()` (the copy is rebuilt by the next
// prepare anyway; restoring keeps the test files independent of their order).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Saves `text` as editors that replace the file do (a temp file renamed over it). Written in
 * place, the file is empty for a moment, and a dev server that reads it then serves a module
 * without exports: Vite's dev scenario failed that way once in CI, independent of soda-cache.
 */
function save(full, text) {
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.save`);
  writeFileSync(temp, text);
  renameSync(temp, full);
}

export function sourceEditor(app) {
  const originals = new Map();
  return {
    /** Replaces the one occurrence of `from` in `file` by `to`; returns the new text. */
    edit(file, from, to) {
      const full = path.join(app, file);
      const text = readFileSync(full, "utf8");
      if (!originals.has(full)) originals.set(full, text);
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file} must contain ${JSON.stringify(from)} exactly once`);
      const next = text.slice(0, at) + to + text.slice(at + from.length);
      save(full, next);
      return next;
    },
    /** The 1-based line of `needle` in `file`. */
    lineOf(file, needle) {
      const lines = readFileSync(path.join(app, file), "utf8").split("\n");
      const index = lines.findIndex((line) => line.includes(needle));
      if (index < 0) throw new Error(`${needle} is not in ${file}`);
      return index + 1;
    },
    restore() {
      for (const [full, text] of originals) save(full, text);
      originals.clear();
    },
  };
}
