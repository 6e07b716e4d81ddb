//! A regression corpus: over real-world TypeScript (the type definitions shipped in the repo's
//! node_modules, and every fixture source), a pass of the soda-cache plugin that finds nothing
//! to do must return the program unchanged.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use soda_cache_host_tests::{cwd_lock, print_without_plugin, Plugin};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "ts" || e == "tsx" || e == "mts")
        {
            out.push(path);
        }
    }
}

#[test]
fn a_pass_without_definitions_changes_nothing() {
    let wasm = std::env::var_os("SODA_CACHE_PLUGIN_WASM")
        .expect("SODA_CACHE_PLUGIN_WASM must be set (scripts/test sets it)");
    let plugin = Plugin::load(Path::new(&wasm)).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = Vec::new();
    for dir in [
        "node_modules/graphql",
        "node_modules/@swc",
        "fixtures",
        "plugin/tests",
        "builder/tests",
    ] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 120, "corpus too small: {} files", files.len());
    // An empty cwd: no cache, so files that do not import the graphql-system are untouched.
    let cwd = tempfile::tempdir().unwrap();
    let _guard = cwd_lock().lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_current_dir(cwd.path()).unwrap();
    let mut compared = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let name = file.to_string_lossy();
        let Ok(expected) = print_without_plugin(&source, &name) else {
            continue;
        };
        if source.contains("graphql-system") {
            continue;
        }
        let output = plugin
            .transform(
                &source,
                &name,
                &serde_json::json!({}),
                cwd.path(),
                "development",
            )
            .unwrap();
        assert!(output.errors.is_empty(), "{name}: {:?}", output.errors);
        assert_eq!(output.code, expected, "{name} changed");
        compared += 1;
    }
    assert!(compared > 120, "only {compared} files compared");
}
