//! Same-process incremental measurements, driving `BuilderSession` as `--watch` does: a cold
//! load, then `update` with a touched file (same content: the no-change rebuild), with a
//! one-fragment edit, and with an edit of the operations in about 5% of the documents. Every
//! edit is reverted (and the revert timed too) before the next, `--runs` times.
//!
//!   cargo run --release -p soda-cache --example incremental -- benchmarks/large-app [--runs 3] [--json]
//!
//! The edit inserts `__typename ` at the start of a definition's selection set: valid for any
//! fragment or query/mutation, and it changes the document of everything that inlines it.
//! Targets are chosen from the session's own dependency graph, deterministically: the fragment
//! is the median (by number of inliners) of the fragments that something inlines; the 5% are
//! operation-only files taken in a fixed hashed order until 5% of the definitions are covered.
//! `bench/perf-builder.mjs` reads `--json` and applies the same fragment edit under `--watch`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a measurement script"
)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use serde_json::{json, Value};
use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, ChangeSet, UpdateReport};
use soda_cache_format::Outcome;

const INSERT: &str = "__typename ";

fn main() {
    let mut args = std::env::args().skip(1);
    let mut app = None;
    let (mut runs, mut as_json) = (1usize, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--json" => as_json = true,
            _ => app = Some(arg),
        }
    }
    let app = PathBuf::from(app.expect("usage: incremental <app dir> [--runs N] [--json]"))
        .canonicalize()
        .expect("app dir");
    let _ = std::fs::remove_dir_all(app.join(".soda-cache"));

    let started = Instant::now();
    let (mut session, cold) = BuilderSession::load(Config::discover(&app).unwrap()).unwrap();
    let cold_ms = ms(started);
    let definitions = session.definitions().entries.len();
    let targets = Targets::choose(&session);
    let mut out = json!({
        "cold": { "ms": cold_ms, "parsed": cold.reparsed.len(), "definitions": definitions,
                  "files_written": cold.files_written, "bytes_written": cold.bytes_written,
                  "errors": errors(&cold) },
        "targets": targets.describe(),
        "runs": [],
    });
    if !as_json {
        println!(
            "cold: {cold_ms:.1} ms ({} files parsed, {definitions} definitions, {} bytes written)",
            cold.reparsed.len(),
            cold.bytes_written
        );
    }
    for _ in 0..runs {
        let mut run = serde_json::Map::new();
        // The no-change rebuild: a file is saved with the same bytes.
        let touched = targets
            .fragment
            .as_ref()
            .map(|(_, e)| e)
            .or(targets.spread.first());
        if let Some(edit) = touched {
            let files = [edit.file.clone()];
            run.insert(
                "touch".into(),
                timed(&mut session, &files, &BTreeMap::new()),
            );
        }
        let fragment: Vec<Edit> = targets.fragment.iter().map(|(_, e)| e.clone()).collect();
        for (name, edits) in [
            ("fragment", fragment),
            ("five_percent", targets.spread.clone()),
        ] {
            if edits.is_empty() {
                continue;
            }
            let (edited, original) = edit_texts(&edits);
            let files: Vec<PathBuf> = edited.keys().cloned().collect();
            run.insert(name.into(), timed(&mut session, &files, &edited));
            run.insert(
                format!("{name}_revert"),
                timed(&mut session, &files, &original),
            );
        }
        if !as_json {
            for (name, m) in &run {
                println!("{name}: {:.2} ms = {:.2}% of cold ({} re-parsed, {} recompiled, {} files / {} bytes written)",
                    m["ms"].as_f64().unwrap_or(0.0), 100.0 * m["ms"].as_f64().unwrap_or(0.0) / cold_ms,
                    m["reparsed"], m["recompiled"], m["files_written"], m["bytes_written"]);
            }
        }
        out["runs"].as_array_mut().unwrap().push(Value::Object(run));
    }
    if as_json {
        println!("{out}");
    }
    session.dispose();
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e3
}

fn errors(report: &UpdateReport) -> usize {
    report.diagnostics.iter().filter(|d| d.is_error()).count()
}

/// Writes `texts` (file → content; none for a touch), then times one `update` naming `files`.
fn timed(
    session: &mut BuilderSession,
    files: &[PathBuf],
    texts: &BTreeMap<PathBuf, String>,
) -> Value {
    for file in files {
        let text = match texts.get(file) {
            Some(text) => text.clone(),
            None => std::fs::read_to_string(file).unwrap(),
        };
        std::fs::write(file, text).unwrap();
    }
    let started = Instant::now();
    let report = session
        .update(&ChangeSet {
            updated: files.to_vec(),
            ..ChangeSet::default()
        })
        .unwrap();
    json!({ "ms": ms(started), "reparsed": report.reparsed.len(), "recompiled": report.recompiled.len(),
            "files_written": report.files_written, "bytes_written": report.bytes_written,
            "errors": errors(&report), "phases": phases(&report.times) })
}

/// Wall time per phase of one update, in ms.
fn phases(times: &soda_cache::build::PhaseTimes) -> Value {
    let ms = |time: std::time::Duration| time.as_secs_f64() * 1e3;
    json!({ "analyze": ms(times.analyze), "compile": ms(times.compile),
            "finalize": ms(times.finalize), "write": ms(times.write) })
}

/// One insertion of [`INSERT`] at a byte offset of a file.
#[derive(Clone)]
struct Edit {
    file: PathBuf,
    relative: String,
    offset: usize,
    /// Canonical ids of the definitions whose selection set it edits.
    ids: Vec<String>,
}

/// Edited and original texts of every file `edits` touch (several edits of one file apply
/// from the last offset back, so earlier offsets stay valid).
fn edit_texts(edits: &[Edit]) -> (BTreeMap<PathBuf, String>, BTreeMap<PathBuf, String>) {
    let mut by_file: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for edit in edits {
        by_file
            .entry(edit.file.clone())
            .or_default()
            .push(edit.offset);
    }
    let (mut edited, mut original) = (BTreeMap::new(), BTreeMap::new());
    for (file, mut offsets) in by_file {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut new = text.clone();
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        for offset in offsets {
            new.insert_str(offset, INSERT);
        }
        edited.insert(file.clone(), new);
        original.insert(file, text);
    }
    (edited, original)
}

/// A definition as the target chooser sees it.
struct Def {
    id: String,
    /// The call its template follows (`fragment("Key"`), or empty when it has none to edit.
    call: String,
    fragment: bool,
}

struct Targets {
    /// The fragment edit and how many definitions inline that fragment; none when nothing in
    /// the app inlines a fragment written as a tagged template.
    fragment: Option<(usize, Edit)>,
    spread: Vec<Edit>,
    definitions: usize,
}

impl Targets {
    fn choose(session: &BuilderSession) -> Self {
        let dir = session.config().dir.clone();
        let entries = &session.definitions().entries;
        let mut files: BTreeMap<String, Vec<Def>> = BTreeMap::new();
        for entry in entries {
            let id = entry.canonical_id.to_string();
            let call = match &entry.outcome {
                Outcome::Fragment(f) => Some((format!("fragment(\"{}\"", f.key), true)),
                Outcome::Operation(op) if op.operation_type != "subscription" => Some((
                    format!("{}(\"{}\"", op.operation_type, op.operation_name),
                    false,
                )),
                _ => None,
            };
            let (call, fragment) = call.unwrap_or_default();
            files
                .entry(entry.canonical_id.source_path().to_owned())
                .or_default()
                .push(Def { id, call, fragment });
        }
        let edit = |relative: &str, id: &str, call: &str| -> Option<Edit> {
            let file = dir.join(relative);
            let text = std::fs::read_to_string(&file).ok()?;
            Some(Edit {
                offset: selection_start(&text, call)?,
                file,
                relative: relative.to_owned(),
                ids: vec![id.to_owned()],
            })
        };
        let mut fragments: Vec<(usize, Edit)> = files
            .iter()
            .flat_map(|(path, defs)| defs.iter().filter(|d| d.fragment).map(move |d| (path, d)))
            .filter_map(|(path, d)| {
                let inliners = session.inliners(&d.id).len();
                (inliners > 0).then(|| edit(path, &d.id, &d.call).map(|e| (inliners, e)))?
            })
            .collect();
        fragments.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.ids.cmp(&b.1.ids)));
        let fragment = fragments.get(fragments.len() / 2).cloned();
        // Operation-only files in a fixed pseudo-random order, until 5% of the definitions.
        let budget = (entries.len() * 5 / 100).max(1);
        let mut candidates: Vec<(&String, &Vec<Def>)> = files
            .iter()
            .filter(|(_, defs)| defs.iter().all(|d| !d.fragment && !d.call.is_empty()))
            .collect();
        candidates.sort_by_key(|(path, _)| xxhash_rust::xxh3::xxh3_64(path.as_bytes()));
        let mut spread = Vec::new();
        for (path, defs) in candidates {
            if spread.len() + defs.len() > budget {
                continue;
            }
            let edits: Option<Vec<Edit>> =
                defs.iter().map(|d| edit(path, &d.id, &d.call)).collect();
            spread.extend(edits.unwrap_or_default());
        }
        Targets {
            fragment,
            spread,
            definitions: entries.len(),
        }
    }

    fn describe(&self) -> Value {
        json!({
            "definitions": self.definitions,
            "fragment": self.fragment.as_ref().map(|(inliners, e)| json!({
                "file": e.relative, "offset": e.offset, "insert": INSERT, "id": e.ids[0], "inliners": inliners,
            })),
            "five_percent": { "files": self.spread.iter().map(|e| e.relative.as_str()).collect::<std::collections::BTreeSet<_>>(),
                              "definitions": self.spread.len() },
        })
    }
}

/// The byte offset just inside the `{` that opens the selection set of the tagged template
/// following `call` (`fragment("Key"` or `query("Name"`): past the call's arguments, the
/// backtick and an optional `(...)` variables block.
fn selection_start(text: &str, call: &str) -> Option<usize> {
    let at = text.find(call)? + call.len();
    let close = at + text[at..].find(')')?;
    let bytes = text.as_bytes();
    let mut i = close + 1;
    if bytes.get(i) != Some(&b'`') {
        return None; // the callback field builder: no template to edit
    }
    i += 1;
    let skip_space = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    i = skip_space(i);
    if bytes.get(i) == Some(&b'(') {
        let mut depth = 0;
        while let Some(&b) = bytes.get(i) {
            depth += i32::from(b == b'(') - i32::from(b == b')');
            i += 1;
            if depth == 0 {
                break;
            }
        }
        i = skip_space(i);
    }
    (bytes.get(i) == Some(&b'{')).then_some(i + 1)
}
