//! `soda-cache build --show-cache`: what the cache holds, what the last build did and what is
//! stale. Read-only: it never takes the lock, and says so when a build holds it.

use std::path::Path;
use std::process::ExitCode;

use soda_cache_format::{ArchivedOutcome, CacheFile, FileKind, MODULES_DIR, SHARDS_DIR};

use super::CliError;
use crate::build::hash_config;
use crate::cache_dir::CacheDir;
use crate::config::Config;
use crate::project::discover::{discover, SourceFilter};
use crate::session::state::SessionState;

#[derive(Default)]
struct Contents {
    files: usize,
    bytes: u64,
    shards: usize,
    operations: usize,
    fragments: usize,
    failed: usize,
    unreadable: usize,
}

/// Prints the report for the cache of `config`.
pub(super) fn run(config: &Config, state_dir: &Path) -> Result<ExitCode, CliError> {
    let dir = &config.cache_dir;
    println!("cache: {}", dir.display());
    if let Some(holder) = CacheDir::existing(config)?.and_then(|cache| cache.busy()) {
        println!("  a build is running ({holder}); this report may be mid-update");
    }
    match CacheFile::read(&soda_cache_format::manifest_path(dir), FileKind::Manifest) {
        Ok(file) => println!(
            "  written by soda-cache {} (format version {})",
            file.tool_version(),
            soda_cache_format::FORMAT_VERSION
        ),
        Err(error) => println!("  no usable cache: {error}"),
    }
    let contents = read_contents(dir);
    println!(
        "  {} files, {} bytes: {} source files with definitions ({} operations, {} fragments, {} failed)",
        contents.files,
        contents.bytes,
        contents.shards,
        contents.operations,
        contents.fragments,
        contents.failed
    );
    if contents.unreadable > 0 {
        println!(
            "  {} cache files are damaged; `soda-cache build` rewrites them",
            contents.unreadable
        );
    }
    print_last_build(config, state_dir)?;
    println!("clear it with: soda-cache clean");
    Ok(ExitCode::SUCCESS)
}

fn read_contents(dir: &Path) -> Contents {
    let mut contents = Contents::default();
    for folder in [SHARDS_DIR, MODULES_DIR] {
        for entry in std::fs::read_dir(dir.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            contents.files += 1;
            contents.bytes += entry.metadata().map_or(0, |m| m.len());
            if folder != SHARDS_DIR {
                continue;
            }
            let file = CacheFile::read(&entry.path(), FileKind::Shard);
            let Some(shard) = file.as_ref().ok().and_then(|f| f.shard().ok()) else {
                contents.unreadable += 1;
                continue;
            };
            if matches!(shard.kind, soda_cache_format::ArchivedShardKind::Stub) {
                continue;
            }
            contents.shards += 1;
            for definition in shard.definitions.iter() {
                match definition.outcome {
                    ArchivedOutcome::Operation(_) => contents.operations += 1,
                    ArchivedOutcome::Fragment(_) => contents.fragments += 1,
                    ArchivedOutcome::Failed(_) => contents.failed += 1,
                }
            }
        }
    }
    contents
}

fn print_last_build(config: &Config, state_dir: &Path) -> Result<(), CliError> {
    let state = match SessionState::load(state_dir) {
        Ok(state) => state,
        Err(reason) => {
            println!("last build: unknown ({reason})");
            return Ok(());
        }
    };
    println!("last build: {}", state.summary);
    println!(
        "  files: {} hits (unchanged, not parsed), {} misses (parsed)",
        state.files.len().saturating_sub(state.parsed),
        state.parsed
    );
    let hash = hash_config(config)?;
    let roots = discover(
        config,
        &SourceFilter::new(config).map_err(crate::build::BuildError::from)?,
    );
    let stale = state.stale(config, hash, &roots.files);
    if stale.is_empty() {
        println!("stale: nothing; the next `soda-cache build` does nothing");
    } else {
        println!("stale ({}): {}", stale.len(), stale.join(", "));
    }
    Ok(())
}
