//! Whole-app incremental measurements on a generated app (see bench/generate-app.mjs), in one run:
//! cold load, same-process repeat (a touched file), and a one-file fragment edit.
//!   cargo run --release -p soda-cache --example incremental -- .tmp/apps/app-5000

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a measurement script"
)]

use std::path::Path;
use std::time::Instant;

use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, ChangeSet};

fn main() {
    let app = std::env::args()
        .nth(1)
        .expect("usage: incremental <generated app dir>");
    let app = Path::new(&app).canonicalize().unwrap();
    let _ = std::fs::remove_dir_all(app.join(".soda-cache"));
    let started = Instant::now();
    let (mut session, cold) = BuilderSession::load(Config::discover(&app).unwrap()).unwrap();
    let cold_ms = started.elapsed().as_secs_f64() * 1e3;
    println!(
        "cold: {cold_ms:.1} ms ({} files parsed, {} definitions, {} bytes written)",
        cold.reparsed.len(),
        cold.recompiled.len(),
        cold.bytes_written
    );

    let fragment = app.join("src/fragments/f0.ts");
    let original = std::fs::read_to_string(&fragment).unwrap();
    std::fs::write(&fragment, &original).unwrap();
    let started = Instant::now();
    let repeat = session
        .update(&ChangeSet {
            updated: vec![fragment.clone()],
            ..ChangeSet::default()
        })
        .unwrap();
    let repeat_ms = started.elapsed().as_secs_f64() * 1e3;
    println!(
        "same-process repeat (touched file): {repeat_ms:.2} ms = {:.2}% of cold ({} re-parsed, {} recompiled, {} bytes written)",
        100.0 * repeat_ms / cold_ms,
        repeat.reparsed.len(),
        repeat.recompiled.len(),
        repeat.bytes_written
    );

    std::fs::write(&fragment, original.replace("id name email", "id name")).unwrap();
    let started = Instant::now();
    let edit = session
        .update(&ChangeSet {
            updated: vec![fragment.clone()],
            ..ChangeSet::default()
        })
        .unwrap();
    let edit_ms = started.elapsed().as_secs_f64() * 1e3;
    println!(
        "one fragment edited: {edit_ms:.2} ms = {:.2}% of cold ({} re-parsed, {} recompiled, {} files / {} bytes written)",
        100.0 * edit_ms / cold_ms,
        edit.reparsed.len(),
        edit.recompiled.len(),
        edit.files_written,
        edit.bytes_written
    );
    std::fs::write(&fragment, original).unwrap();
}
