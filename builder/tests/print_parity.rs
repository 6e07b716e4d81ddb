//! Every stored text is exactly graphql-js `print()` of the stored DocumentNode, checked by
//! graphql-js itself (`npm ci` installs it) over every operation of the project fixtures.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;

use soda_cache::config::Config;
use soda_cache::session::BuilderSession;
use soda_cache_format::Outcome;

#[test]
fn printed_text_matches_graphql_js_print() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects");
    let mut cases = Vec::new();
    for input in soda_test_support::fixture_files(&dir, &[".txt"]) {
        let fixture = std::fs::read_to_string(&input).unwrap();
        let project = tempfile::tempdir().unwrap();
        soda_test_support::write_project(project.path(), &fixture);
        let (session, _) = BuilderSession::load(Config::discover(project.path()).unwrap()).unwrap();
        for entry in &session.definitions().entries {
            if let Outcome::Operation(op) = &entry.outcome {
                let prebuild: serde_json::Value = serde_json::from_str(&op.prebuild_json).unwrap();
                cases.push(serde_json::json!({ "id": entry.canonical_id.to_string(), "document": prebuild["document"], "text": op.text }));
            }
        }
    }
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
