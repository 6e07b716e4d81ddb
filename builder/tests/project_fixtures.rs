//! Multi-file project fixtures, one test per file: `projects/<case>.txt` holds the files of a
//! project as `//- path` sections; the build's diagnostics and documents are compared with
//! `<case>.expected` (`UPDATE=1` rewrites it). Each build also round-trips through the on-disk
//! cache. `//! config: <path>` names a config other than the root's; `//! artifact` adds the
//! `--json` artifact (upstream's format, `contentHash` included) to the expected output. Run one with `cargo test -p soda-cache --test project_fixtures <case>`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, UpdateReport};
use soda_cache_format::{manifest_path, shard_path, CacheFile, FileKind, Outcome};

fn render(session: &BuilderSession, report: &UpdateReport) -> String {
    let mut out = String::new();
    if !report.diagnostics.is_empty() {
        out.push_str("== diagnostics\n");
        out.push_str(&session.render_plain(&report.diagnostics));
    }
    for entry in &session.definitions().entries {
        match &entry.outcome {
            Outcome::Fragment(f) => {
                writeln!(
                    out,
                    "== {} (fragment {} on {}, schema {})",
                    entry.canonical_id, f.key, f.typename, entry.schema
                )
                .unwrap();
            }
            Outcome::Operation(op) => {
                writeln!(
                    out,
                    "== {} ({}, schema {})",
                    entry.canonical_id, op.operation_type, entry.schema
                )
                .unwrap();
                writeln!(out, "{}", op.text).unwrap();
                writeln!(out, "variables: [{}]", op.variable_names.join(", ")).unwrap();
                // The stored text itself: `JSON.stringify` output, numbers formatted as JavaScript does.
                let prebuild: serde_json::Value = serde_json::from_str(&op.prebuild_json).unwrap();
                if prebuild.get("metadata").is_some() {
                    let (_, metadata) = op.prebuild_json.split_once(",\"metadata\":").unwrap();
                    let metadata = metadata.strip_suffix('}').unwrap();
                    writeln!(out, "metadata: {metadata}").unwrap();
                }
            }
            Outcome::Failed(stored) => {
                let codes: BTreeSet<_> = stored.iter().map(|d| d.code.as_str()).collect();
                writeln!(
                    out,
                    "== {} (failed: {})",
                    entry.canonical_id,
                    codes.into_iter().collect::<Vec<_>>().join(", ")
                )
                .unwrap();
            }
        }
    }
    out
}

/// The cache on disk holds exactly the build's definitions.
fn assert_cache_matches(session: &BuilderSession) {
    let cache_dir = &session.config().cache_dir;
    let manifest = CacheFile::read(&manifest_path(cache_dir), FileKind::Manifest).unwrap();
    assert_eq!(
        manifest.manifest().unwrap().graphql_system_dir.as_str(),
        session.config().relative(&session.config().outdir)
    );
    let entries = &session.definitions().entries;
    for run in entries.chunk_by(|a, b| a.file == b.file) {
        let source = run[0].canonical_id.source_path();
        let key = soda_cache::paths::relative_slash(cache_dir, &session.config().dir.join(source));
        let file = CacheFile::read(&shard_path(cache_dir, &key), FileKind::Shard).unwrap();
        let stored: soda_cache_format::Shard =
            rkyv::deserialize::<_, rkyv::rancor::Error>(file.shard().unwrap()).unwrap();
        assert_eq!(stored.source_path, source);
        assert_eq!(stored.cache_key, key);
        assert_eq!(stored.definitions.len(), run.len(), "{source}");
        for (definition, entry) in stored.definitions.iter().zip(run) {
            assert_eq!(definition.canonical_id, entry.canonical_id.as_str());
            assert_eq!(definition.fingerprint, entry.fingerprint);
            assert_eq!(definition.outcome, entry.outcome, "{}", entry.canonical_id);
        }
    }
}

fn project_fixture(input: &Path, fixture: String) -> datatest_stable::Result<()> {
    let project = tempfile::tempdir()?;
    soda_test_support::write_project(project.path(), &fixture);
    // `//! config: <path>` names the config when it is not the one at the project root.
    let config = match soda_test_support::directives(&fixture, "config").first() {
        Some(path) => Config::load(&project.path().join(path))?,
        None => Config::discover(project.path())?,
    };
    let (session, report) = BuilderSession::load(config)?;
    assert_cache_matches(&session);
    // Paths of the temp project are shown as `<project>`.
    let root = project.path().to_string_lossy().into_owned();
    let mut rendered = render(&session, &report);
    if fixture.lines().any(|l| l.trim() == "//! artifact") {
        rendered.push_str("== artifact.json\n");
        rendered.push_str(&session.artifact_json());
    }
    let rendered = rendered.replace(&root, "<project>");
    soda_test_support::assert_fixture(&input.with_extension("expected"), &rendered);
    Ok(())
}

datatest_stable::harness! {
    { test = project_fixture, root = "tests/projects", pattern = r"\.txt$" },
}
