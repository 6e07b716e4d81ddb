//! Incremental-session fixtures, one test per file: `sessions/<case>.txt` is a project
//! (`//- path` sections) followed by edit steps, each headed `//@ <what the step does>` and made
//! of `//- path` sections (files written), `//! delete: <path>` and `//! touch: <path>` lines.
//! The expected file lists, per step, what was re-parsed, what was recompiled and which cache
//! files were written or removed, and the diagnostics; after every step the cache must equal a
//! from-scratch build of the same sources. `UPDATE=1` rewrites the expected files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, ChangeSet, UpdateReport};

/// One edit step of a fixture.
struct Step {
    title: String,
    writes: Vec<(String, String)>,
    deletes: Vec<String>,
    touches: Vec<String>,
}

fn parse_steps(fixture: &str) -> (String, Vec<Step>) {
    let mut parts = fixture.split("\n//@ ");
    let initial = parts.next().unwrap_or_default().to_owned();
    let steps = parts
        .map(|part| {
            let (title, body) = part.split_once('\n').unwrap_or((part, ""));
            let directive = |name: &str| -> Vec<String> {
                soda_test_support::directives(body, name)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            };
            Step {
                title: title.trim().to_owned(),
                writes: soda_test_support::sections(body),
                deletes: directive("delete"),
                touches: directive("touch"),
            }
        })
        .collect();
    (initial, steps)
}

/// Cache file names → `shards/<source>` / `modules/<source>`, for readable expectations.
fn readable_names(sources: &[String]) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for source in sources {
        // The fixtures' layout: the cache dir beside the config.
        let key = format!("../{source}");
        let shard = soda_cache_format::shard_file_name(&key);
        let module = soda_cache_format::artifact_module_file_name(&key);
        names.insert(format!("shards/{shard}"), format!("shards/{source}"));
        names.insert(format!("modules/{module}"), format!("modules/{source}"));
    }
    names
}

fn render_report(
    out: &mut String,
    session: &BuilderSession,
    report: &UpdateReport,
    known: &[String],
) {
    let names = readable_names(known);
    let name = |file: &String| names.get(file).cloned().unwrap_or_else(|| file.clone());
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "-".to_owned()
        } else {
            items.join(", ")
        }
    };
    writeln!(out, "reparsed: {}", list(report.reparsed.clone())).unwrap();
    writeln!(out, "recompiled: {}", list(report.recompiled.clone())).unwrap();
    let mut written: Vec<String> = report.changed_files.iter().map(name).collect();
    written.sort();
    writeln!(out, "written: {}", list(written)).unwrap();
    let mut removed: Vec<String> = report.removed_files.iter().map(name).collect();
    removed.sort();
    writeln!(out, "removed: {}", list(removed)).unwrap();
    let diagnostics = session.render_plain(&report.diagnostics);
    for line in diagnostics.lines() {
        writeln!(out, "  {line}").unwrap();
    }
}

fn session_fixture(input: &Path, fixture: String) -> datatest_stable::Result<()> {
    let (initial, steps) = parse_steps(&fixture);
    let project = soda_test_support::Project::new(&initial);
    let (mut session, report) = BuilderSession::load(Config::discover(project.root())?)?;
    let mut known: Vec<String> = vec!["src/graphql-system/index.ts".to_owned()];
    let remember = |session: &BuilderSession, known: &mut Vec<String>| {
        for entry in &session.definitions().entries {
            let source = entry.canonical_id.source_path().to_owned();
            if !known.contains(&source) {
                known.push(source);
            }
        }
    };
    remember(&session, &mut known);
    let mut out = String::from("== load\n");
    render_report(&mut out, &session, &report, &known);
    for (i, step) in steps.iter().enumerate() {
        let mut changes = ChangeSet::default();
        for (path, text) in &step.writes {
            let existed = project.path(path).exists();
            let written = project.write(path, text);
            if existed {
                changes.updated.push(written);
            } else {
                changes.created.push(written);
            }
        }
        for path in &step.touches {
            let text = std::fs::read_to_string(project.path(path))?;
            changes.updated.push(project.write(path, &text));
        }
        for path in &step.deletes {
            std::fs::remove_file(project.path(path))?;
            changes.deleted.push(project.path(path));
        }
        let known_before = known.clone();
        let report = session.update(&changes)?;
        remember(&session, &mut known);
        let mut names = known_before;
        names.extend(known.iter().cloned());
        writeln!(out, "== step {}: {}", i + 1, step.title).unwrap();
        render_report(&mut out, &session, &report, &names);
        assert_cache_equals_scratch(&project, &session, &format!("step {}", i + 1));
    }
    soda_test_support::assert_fixture(&input.with_extension("expected"), &out);
    Ok(())
}

/// The session's cache is byte for byte the cache a from-scratch build of the same sources writes.
fn assert_cache_equals_scratch(
    project: &soda_test_support::Project,
    session: &BuilderSession,
    at: &str,
) {
    let copy = project.copy_sources();
    BuilderSession::load(Config::discover(copy.root()).unwrap()).unwrap();
    let scratch = soda_test_support::cache_files(&copy.root().join(".soda-cache"));
    let incremental = soda_test_support::cache_files(&session.config().cache_dir);
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        scratch.keys().collect::<Vec<_>>(),
        "{at}: cache files differ from a scratch build"
    );
    for (name, bytes) in &scratch {
        assert!(
            incremental[name] == *bytes,
            "{at}: {name} differs from a scratch build"
        );
    }
}

datatest_stable::harness! {
    { test = session_fixture, root = "tests/sessions", pattern = r"\.txt$" },
}
