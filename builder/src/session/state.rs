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

    /// `Ok(())` when the project is exactly as this state saw it; otherwise the first reason it is not.
    pub fn check(
        &self,
        config: &Config,
        config_hash: u64,
        roots: &[PathBuf],
    ) -> Result<(), String> {
        if self.tool_version != env!("CARGO_PKG_VERSION") {
            return Err(format!("state written by soda-cache {}", self.tool_version));
        }
        if self.config_hash != config_hash {
            return Err("the config or a schema changed".into());
        }
        if let Some(new) = roots
            .iter()
            .map(|r| config.relative(r))
            .find(|r| !self.files.contains_key(r))
        {
            return Err(format!("{new} is new"));
        }
        for (relative, stamp) in &self.files {
            let path = config.dir.join(relative);
            let Some((size, mtime_ns)) = stat(&path) else {
                return Err(format!("{relative} was deleted"));
            };
            let trusted =
                size == stamp.size && mtime_ns == stamp.mtime_ns && mtime_ns < self.started_ns;
            if !trusted {
                let hash = std::fs::read(&path)
                    .map(|b| xxhash_rust::xxh3::xxh3_64(&b))
                    .ok();
                if hash != Some(stamp.hash) {
                    return Err(format!("{relative} changed"));
                }
            }
        }
        Ok(())
    }
}
