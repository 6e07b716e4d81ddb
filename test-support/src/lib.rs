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
