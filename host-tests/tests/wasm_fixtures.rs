//! The built .wasm, in wasmtime through swc_plugin_runner, over the plugin's transform fixtures
//! (`plugin/tests/transform`), built by the real `soda-cache` binary. The expected files are the
//! native transform's: the Wasm plugin must produce exactly the same output and errors.
//! Needs `SODA_CACHE_PLUGIN_WASM` and `SODA_CACHE_BIN` (scripts/test sets both).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use std::process::Command;

use soda_cache_host_tests::{cwd_lock, Plugin};
use soda_test_support::{TransformRequest, TransformResult};

fn env_path(name: &str) -> PathBuf {
    PathBuf::from(
        std::env::var_os(name)
            .unwrap_or_else(|| panic!("{name} must be set (scripts/test sets it)")),
    )
}

fn plugin() -> &'static Plugin {
    static PLUGIN: std::sync::OnceLock<Plugin> = std::sync::OnceLock::new();
    PLUGIN.get_or_init(|| Plugin::load(&env_path("SODA_CACHE_PLUGIN_WASM")).unwrap())
}

fn build(root: &Path) {
    let output = Command::new(env_path("SODA_CACHE_BIN"))
        .args(["build", "--quiet"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "soda-cache build: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn transform(request: &TransformRequest<'_>) -> TransformResult {
    // The plugin sees the process's cwd as `/cwd`.
    std::env::set_current_dir(request.root).unwrap();
    let options: serde_json::Value = serde_json::from_str(request.options).unwrap();
    let output = plugin()
        .transform(
            request.source,
            request.filename,
            &options,
            Path::new(request.host_cwd),
            request.env,
        )
        .unwrap();
    TransformResult {
        code: output.code,
        errors: output.errors,
    }
}

/// Same name as the native test of the fixture (`transform_fixture::<case>.txt`).
fn transform_fixture(input: &Path) -> datatest_stable::Result<()> {
    // Transforms change the process's cwd: one fixture at a time, and absolute paths only.
    let _guard = cwd_lock().lock().unwrap_or_else(|e| e.into_inner());
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join(input);
    let fixture = std::fs::read_to_string(&input)?;
    let output = soda_test_support::run_transform_case(&fixture, &mut build, &mut transform);
    if !soda_test_support::updating() {
        // The native harness owns these expected files.
        soda_test_support::assert_fixture(&input.with_extension("expected"), &output);
    }
    Ok(())
}

datatest_stable::harness! {
    { test = transform_fixture, root = "../plugin/tests/transform", pattern = r"\.txt$" },
}
