//! Fixture harness shared by the workspace's tests.
//!
//! `assert_fixture(expected_path, actual)` compares `actual` with the file's content; with
//! `UPDATE=1` in the environment it rewrites the file instead. One variable for every harness.

#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test support: failing loudly is the job"
)]

use std::path::{Path, PathBuf};

/// Whether expected files are being rewritten (`UPDATE=1`).
pub fn updating() -> bool {
    std::env::var_os("UPDATE").is_some_and(|v| v != "0" && !v.is_empty())
}

/// Compares `actual` with the content of `expected`, or rewrites `expected` under `UPDATE=1`.
pub fn assert_fixture(expected: &Path, actual: &str) {
    if updating() {
        if let Some(parent) = expected.parent() {
            std::fs::create_dir_all(parent).expect("create fixture dir");
        }
        std::fs::write(expected, actual).expect("write expected fixture");
        return;
    }
    let Ok(want) = std::fs::read_to_string(expected) else {
        panic!(
            "missing expected file {} (run with UPDATE=1 to create it)",
            expected.display()
        );
    };
    similar_asserts::assert_eq!(
        want,
        actual,
        "fixture {} differs (UPDATE=1 rewrites it)",
        expected.display()
    );
}

/// Files directly inside `dir` whose name ends with one of `suffixes`, sorted.
pub fn fixture_files(dir: &Path, suffixes: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| suffixes.iter().any(|s| n.ends_with(s)))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// Sub-directories of `dir`, sorted.
pub fn fixture_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(
        !dirs.is_empty(),
        "no fixture directories in {}",
        dir.display()
    );
    dirs
}

/// Splits a multi-file fixture into `(path, text)` sections headed by `//- path` lines
/// (relay's format). Lines before the first header are ignored.
pub fn sections(fixture: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in fixture.lines() {
        if let Some(path) = line.strip_prefix("//- ") {
            out.push((path.trim().to_owned(), String::new()));
        } else if let Some((_, text)) = out.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// The workspace root (where `fixtures/` lives).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

const DEFAULT_CONFIG: &str = r#"{
  "outdir": "./src/graphql-system",
  "include": ["src/**/*.ts", "src/**/*.tsx"],
  "tsconfigPath": "./tsconfig.json",
  "schemas": {
    "default": { "schema": "schema.graphql" },
    "admin": { "schema": "admin.graphql" }
  }
}"#;
const DEFAULT_TSCONFIG: &str =
    r#"{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } } }"#;

/// Writes a multi-file fixture into `dir`, adding what it leaves out: a config, a tsconfig,
/// the two fixture schemas (`fixtures/schemas`) and a graphql-system stub.
pub fn write_project(dir: &Path, fixture: &str) {
    let files = sections(fixture);
    let has = |name: &str| {
        files.iter().any(|(p, _)| {
            p == name || (name == "soda-gql.config.json" && p.starts_with("soda-gql.config"))
        })
    };
    let schemas = workspace_root().join("fixtures/schemas");
    let read = |name: &str| std::fs::read_to_string(schemas.join(name)).expect("fixture schema");
    let defaults = [
        ("soda-gql.config.json", DEFAULT_CONFIG.to_owned()),
        ("tsconfig.json", DEFAULT_TSCONFIG.to_owned()),
        ("schema.graphql", read("default.graphql")),
        ("admin.graphql", read("admin.graphql")),
        (
            "src/graphql-system/index.ts",
            "export const gql: any = {};\n".to_owned(),
        ),
    ];
    for (name, text) in defaults {
        if !has(name) {
            write_file(dir, name, &text);
        }
    }
    for (name, text) in files {
        write_file(dir, &name, &text);
    }
}

fn write_file(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create fixture dir");
    }
    std::fs::write(path, text).expect("write fixture file");
}
