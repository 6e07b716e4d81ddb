//! Persisted fingerprints: a new process with nothing changed re-parses nothing and writes nothing.
//!
//! Per file `{ size, mtime, xxh3 }`: a file whose size and mtime are unchanged is trusted without
//! reading it, except when its mtime is not older than the saved state (git's racy-clean rule:
//! an edit in the same clock tick as the build must not be missed), which is re-hashed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::config::Config;

/// Where the state lives by default: inside the cache dir.
pub fn default_state_dir(config: &Config) -> PathBuf {
    config.cache_dir.join("incremental")
}

const STATE_FILE: &str = "state.json";

/// One file's fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    pub mtime_ns: u64,
    pub hash: u64,
}

/// What the last build saw, and what it reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionState {
    pub tool_version: String,
    pub config_hash: u64,
    /// When the build that wrote this state started (ns since the epoch).
    pub started_ns: u64,
    /// Analysed files by path relative to the config dir.
    pub files: BTreeMap<String, FileStamp>,
    /// The summary line of that build.
    pub summary: String,
    /// Its diagnostics as printed (plain), and how many were errors.
    pub diagnostics: String,
    pub errors: usize,
    /// How many files that build parsed (the rest were reused).
    pub parsed: usize,
}

/// Nanoseconds since the epoch, now.
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// Size and mtime of a file.
pub fn stat(path: &Path) -> Option<(u64, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    let mtime = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((
        metadata.len(),
        u64::try_from(mtime.as_nanos()).unwrap_or(u64::MAX),
    ))
}

impl SessionState {
    /// Reads the state in `dir`, if there is a readable one.
    pub fn load(dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(dir.join(STATE_FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Writes the state into `dir` (atomically).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let text = serde_json::to_string(self).map_err(std::io::Error::other)?;
        soda_cache_format::write_atomic(&dir.join(STATE_FILE), text.as_bytes()).map(|_| ())
    }

    /// Every reason the project differs from what this state saw (empty: nothing is stale).
    pub fn stale(&self, config: &Config, config_hash: u64, roots: &[PathBuf]) -> Vec<String> {
        if let Some(reason) = self.global_reason(config_hash) {
            return vec![reason];
        }
        let new = roots
            .iter()
            .map(|r| config.relative(r))
            .filter(|r| !self.files.contains_key(r))
            .map(|r| format!("{r} is new"));
        let changed = self
            .files
            .iter()
            .filter_map(|(relative, stamp)| self.file_reason(config, relative, stamp));
        new.chain(changed).collect()
    }

    /// `Ok(())` when the project is exactly as this state saw it; otherwise the first reason it is not.
    pub fn check(
        &self,
        config: &Config,
        config_hash: u64,
        roots: &[PathBuf],
    ) -> Result<(), String> {
        if let Some(reason) = self.global_reason(config_hash) {
            return Err(reason);
        }
        if let Some(new) = roots
            .iter()
            .map(|r| config.relative(r))
            .find(|r| !self.files.contains_key(r))
        {
            return Err(format!("{new} is new"));
        }
        match self
            .files
            .iter()
            .find_map(|(relative, stamp)| self.file_reason(config, relative, stamp))
        {
            Some(reason) => Err(reason),
            None => Ok(()),
        }
    }

    fn global_reason(&self, config_hash: u64) -> Option<String> {
        if self.tool_version != env!("CARGO_PKG_VERSION") {
            return Some(format!("state written by soda-cache {}", self.tool_version));
        }
        (self.config_hash != config_hash).then(|| "the config or a schema changed".to_owned())
    }

    /// Why one file is not as recorded: stat first, content hash when stat cannot vouch for it.
    fn file_reason(&self, config: &Config, relative: &str, stamp: &FileStamp) -> Option<String> {
        let path = config.dir.join(relative);
        let Some((size, mtime_ns)) = stat(&path) else {
            return Some(format!("{relative} was deleted"));
        };
        let trusted =
            size == stamp.size && mtime_ns == stamp.mtime_ns && mtime_ns < self.started_ns;
        if trusted {
            return None;
        }
        let hash = std::fs::read(&path)
            .map(|b| xxhash_rust::xxh3::xxh3_64(&b))
            .ok();
        (hash != Some(stamp.hash)).then(|| format!("{relative} changed"))
    }
}
