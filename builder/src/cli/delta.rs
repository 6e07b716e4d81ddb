//! `--write-delta DIR` (the cache files a build changed, and the list of removed ones) and
//! `--graph-filter GLOB` (a partial build that never touches the shared cache).
//!
//! A delta directory is soda-cache's own: it must be new or empty, or carry the marker a
//! previous delta left, and only the files listed in that marker are ever removed from it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::output::{exit_status, print_diagnostics};
use super::{BuildArgs, CliError};
use crate::config::Config;
use crate::session::{BuilderSession, Sink};

/// The marker of a delta directory: the files the last delta wrote into it, one per line.
const MARKER_FILE: &str = ".soda-cache-delta";
const REMOVED_FILE: &str = "removed.txt";

/// Why a delta directory cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DeltaError {
    #[error("--write-delta {path}: the directory holds files soda-cache did not write (no {MARKER_FILE}); give a new or empty directory")]
    NotOurs { path: PathBuf },
    #[error("--write-delta {path}: {why}; give a directory of its own")]
    Overlaps { path: PathBuf, why: &'static str },
    #[error("--write-delta {path}: cannot {action}: {source}")]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
}

/// A directory that may receive a delta.
#[derive(Debug)]
pub(super) struct DeltaDir {
    path: PathBuf,
}

impl DeltaDir {
    /// Checks `dir` (see the module docs) and clears what an earlier delta wrote into it.
    pub(super) fn prepare(dir: &Path, config: &Config) -> Result<Self, DeltaError> {
        let path = crate::paths::absolute(dir);
        let overlaps = |why| DeltaError::Overlaps {
            path: path.clone(),
            why,
        };
        if config.dir.starts_with(&path) {
            return Err(overlaps("it contains the project"));
        }
        if path.starts_with(&config.cache_dir) || config.cache_dir.starts_with(&path) {
            return Err(overlaps("it overlaps the cache directory"));
        }
        let io = |action| {
            let path = path.clone();
            move |source| DeltaError::Io {
                path,
                action,
                source,
            }
        };
        if path.exists() {
            let marker = path.join(MARKER_FILE);
            match std::fs::read_to_string(&marker) {
                Ok(listed) => {
                    for line in listed.lines().filter(|l| is_delta_entry(l)) {
                        let _ = std::fs::remove_file(path.join(line));
                    }
                    for folder in [
                        soda_cache_format::SHARDS_DIR,
                        soda_cache_format::MODULES_DIR,
                    ] {
                        let _ = std::fs::remove_dir(path.join(folder));
                    }
                }
                Err(_) => {
                    let empty = std::fs::read_dir(&path)
                        .map_err(io("read it"))?
                        .next()
                        .is_none();
                    if !empty {
                        return Err(DeltaError::NotOurs { path });
                    }
                }
            }
        }
        std::fs::create_dir_all(&path).map_err(io("create it"))?;
        Ok(DeltaDir { path })
    }

    /// Copies `changed` (relative to `cache_dir`) into the delta and lists `removed`.
    pub(super) fn write(
        &self,
        cache_dir: &Path,
        changed: &[String],
        removed: &[String],
    ) -> Result<(), DeltaError> {
        let mut written = Vec::with_capacity(changed.len());
        for file in changed.iter().filter(|f| is_delta_entry(f)) {
            let target = self.path.join(file);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(self.io("create a folder in it"))?;
            }
            std::fs::copy(cache_dir.join(file), &target)
                .map_err(self.io("copy a cache file into it"))?;
            written.push(file.clone());
        }
        self.finish(&written, removed)
    }

    /// Lists `removed` in `removed.txt` and records everything written in the marker.
    pub(super) fn finish(&self, written: &[String], removed: &[String]) -> Result<(), DeltaError> {
        let list: String = removed.iter().map(|r| format!("{r}\n")).collect();
        std::fs::write(self.path.join(REMOVED_FILE), list).map_err(self.io("write removed.txt"))?;
        let marker: String = written
            .iter()
            .map(String::as_str)
            .chain([REMOVED_FILE])
            .map(|w| format!("{w}\n"))
            .collect();
        std::fs::write(self.path.join(MARKER_FILE), marker).map_err(self.io("write its marker"))
    }

    fn io(&self, action: &'static str) -> impl FnOnce(std::io::Error) -> DeltaError {
        let path = self.path.clone();
        move |source| DeltaError::Io {
            path,
            action,
            source,
        }
    }

    /// The directory.
    pub(super) fn path(&self) -> &Path {
        &self.path
    }
}

/// The files a delta may hold: the manifest, shard and module names, and `removed.txt`.
fn is_delta_entry(name: &str) -> bool {
    name == soda_cache_format::MANIFEST_FILE
        || name == REMOVED_FILE
        || name
            .split_once('/')
            .is_some_and(|(folder, file)| soda_cache_format::is_cache_file_name(folder, file))
}

/// `--graph-filter GLOB`: builds the project in memory and keeps the definitions of matching
/// files and the fragments they inline; writes only `--json` and `--write-delta` outputs.
pub(super) fn graph_filter(
    config: &Config,
    glob: &str,
    args: &BuildArgs,
) -> Result<ExitCode, CliError> {
    let matcher = globset::Glob::new(glob.strip_prefix("./").unwrap_or(glob))
        .map_err(|e| CliError::GraphFilter {
            glob: glob.to_owned(),
            message: e.to_string(),
        })?
        .compile_matcher();
    let delta = args
        .write_delta
        .as_deref()
        .map(|dir| DeltaDir::prepare(dir, config))
        .transpose()?;
    let (session, _) = BuilderSession::load_into(config.clone(), Sink::Memory)?;
    let selection = session.select(&matcher);
    print_diagnostics(&selection.sources, &selection.diagnostics, args.quiet);
    if let Some(json) = &args.json {
        soda_cache_format::write_output(json, session.selection_json(&selection).as_bytes())
            .map_err(|source| CliError::Write {
                path: json.clone(),
                source,
            })?;
    }
    if let Some(delta) = &delta {
        let written = session.write_selection_into(&selection, delta.path())?;
        delta.finish(&written, &[])?;
    }
    if !args.quiet {
        println!(
            "soda-cache: {} definitions of files matching `{glob}` and their dependencies built; the shared cache was not written",
            selection.table.entries.len()
        );
    }
    Ok(exit_status(&selection.diagnostics, args.strict))
}
