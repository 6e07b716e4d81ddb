//! Multi-file project fixtures: `projects/<case>.txt` holds the files of a project as
//! `//- path` sections; the build's diagnostics and documents are compared with `<case>.expected`
//! (`UPDATE=1` rewrites it). Each build also round-trips through the on-disk cache.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use soda_cache::build::{build, BuildOptions, BuildReport};
use soda_cache::config::Config;
use soda_cache_format::{manifest_path, shard_path, CacheFile, FileKind, Outcome};

fn render(report: &BuildReport) -> String {
    let mut out = String::new();
    if !report.diagnostics.is_empty() {
        out.push_str("== diagnostics\n");
        out.push_str(&report.sources.render_plain(&report.diagnostics));
    }
    for entry in &report.definitions.entries {
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
                let prebuild: serde_json::Value = serde_json::from_str(&op.prebuild_json).unwrap();
                if let Some(metadata) = prebuild.get("metadata") {
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
fn assert_cache_matches(config: &Config, report: &BuildReport) {
    let manifest = CacheFile::read(&manifest_path(&config.cache_dir), FileKind::Manifest).unwrap();
    assert_eq!(
        manifest.manifest().unwrap().graphql_system_dir.as_str(),
        "src/graphql-system"
    );
    let mut files: Vec<&str> = Vec::new();
    for entry in &report.definitions.entries {
        let source = entry.canonical_id.source_path();
        if files.last() != Some(&source) {
            files.push(source);
        }
    }
    for source in files {
        let file =
            CacheFile::read(&shard_path(&config.cache_dir, source), FileKind::Shard).unwrap();
        let shard = file.shard().unwrap();
        assert_eq!(shard.source_path.as_str(), source);
        let stored: Vec<_> = shard
            .definitions
            .iter()
            .map(|d| (d.canonical_id.to_string(), d.fingerprint.to_native()))
            .collect();
        let built: Vec<_> = report
            .definitions
            .entries
            .iter()
            .filter(|e| e.canonical_id.source_path() == source)
            .map(|e| (e.canonical_id.to_string(), e.fingerprint))
            .collect();
        assert_eq!(stored, built);
        let deserialized: soda_cache_format::Shard =
            rkyv::deserialize::<_, rkyv::rancor::Error>(shard).unwrap();
        for (definition, entry) in deserialized.definitions.iter().zip(
            report
                .definitions
                .entries
                .iter()
                .filter(|e| e.canonical_id.source_path() == source),
        ) {
            assert_eq!(definition.outcome, entry.outcome, "{}", entry.canonical_id);
        }
    }
}

/// Builds every project fixture, yielding its path and report.
fn build_fixtures(mut each: impl FnMut(&Path, &Config, &BuildReport)) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects");
    for input in soda_test_support::fixture_files(&dir, &[".txt"]) {
        let fixture = std::fs::read_to_string(&input).unwrap();
        let project = tempfile::tempdir().unwrap();
        soda_test_support::write_project(project.path(), &fixture);
        let config =
            Config::discover(project.path()).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        let report = build(&config, &BuildOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        each(&input, &config, &report);
    }
}

#[test]
fn project_fixtures() {
    build_fixtures(|input, config, report| {
        assert_cache_matches(config, report);
        soda_test_support::assert_fixture(&input.with_extension("expected"), &render(report));
    });
}

/// Every stored text is exactly graphql-js `print()` of the stored DocumentNode, checked by
/// graphql-js itself (`npm ci` installs it).
#[test]
fn printed_text_matches_graphql_js_print() {
    let mut cases = Vec::new();
    build_fixtures(|_, _, report| {
        for entry in &report.definitions.entries {
            if let Outcome::Operation(op) = &entry.outcome {
                let prebuild: serde_json::Value = serde_json::from_str(&op.prebuild_json).unwrap();
                cases.push(serde_json::json!({ "id": entry.canonical_id.to_string(), "document": prebuild["document"], "text": op.text }));
            }
        }
    });
    assert!(
        cases.len() >= 20,
        "too few operations to compare: {}",
        cases.len()
    );
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("print-parity.json");
    std::fs::write(&file, serde_json::to_string(&cases).unwrap()).unwrap();
    let root = soda_test_support::workspace_root();
    assert!(
        root.join("node_modules/graphql").is_dir(),
        "graphql-js is missing: run `npm ci` in {}",
        root.display()
    );
    let output = std::process::Command::new("node")
        .arg(root.join("scripts/check-print-parity.mjs"))
        .arg(&file)
        .current_dir(&root)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(&format!("{} passed, 0 failed", cases.len())),
        "{stdout}"
    );
}
