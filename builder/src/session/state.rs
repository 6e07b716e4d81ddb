//! Persisted fingerprints: a new process with nothing changed re-parses nothing and writes
//! nothing, and never trusts a cache that differs from what the last build wrote.
//!
//! Per source file `{ size, mtime, xxh3 }`: a file whose size and mtime are unchanged is trusted
//! without reading it, except when its mtime is not older than the saved state (git's
//! racy-clean rule: an edit in the same clock tick as the build must not be missed), which is
//! re-hashed. Per cache file the same stamp plus the inode, taken after the build wrote it: a
//! damaged, missing, swapped or extra cache file makes the next build a full one, which
//! rewrites exactly the files that differ.
//!
//! The state never claims more than the cache holds: it is removed before a build writes the
//! cache and saved only once the cache is complete, so a build killed in between leaves no
//! state and the next build is a full one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rayon::prelude::*;

use serde::{Deserialize, Serialize};

use super::stamp::hash_file;
pub use super::stamp::{stamp, stat, stat_of, StatDir};
use crate::build::{hash_config, BuildError};
use crate::config::Config;
use crate::project::discover::{discover, SourceFilter};

/// Where the state lives by default: inside the cache dir.
pub fn default_state_dir(config: &Config) -> PathBuf {
    config.cache_dir.join(crate::cache_dir::STATE_DIR)
}

/// The state's file name inside its directory.
pub const STATE_FILE: &str = "state.json";
/// Bumped when the state's shape or meaning changes; another version is discarded.
pub const STATE_VERSION: u32 = 3;

/// Whether `name` is a file of the state dir soda-cache writes (the state or its temp files).
pub fn is_state_file_name(name: &str) -> bool {
    name == STATE_FILE || is_state_temp_file_name(name)
}

/// A temp file soda-cache leaves while it replaces the state.
pub fn is_state_temp_file_name(name: &str) -> bool {
    name.starts_with(STATE_FILE) && soda_cache_format::is_temp_file_name(name)
}

/// Whether `dir` is a state dir inside a cache dir soda-cache owns (the default place): every
/// `state.json` there is soda-cache's, damaged or not. In a directory the user named, only one
/// that reads as a soda-cache state is.
pub fn is_own_state_dir(dir: &Path) -> bool {
    dir.parent()
        .is_some_and(|cache| cache.join(crate::cache_dir::MARKER_FILE).is_file())
}

/// A `state.json` soda-cache did not write, in a directory the user named, is never replaced.
fn refuse_foreign_state(dir: &Path) -> std::io::Result<()> {
    let path = dir.join(STATE_FILE);
    if !is_own_state_dir(dir) && path.exists() && !is_state_file(&path) {
        return Err(std::io::Error::other(format!(
            "{} was not written by soda-cache; name a directory of soda-cache's own",
            path.display()
        )));
    }
    Ok(())
}

/// Whether the file at `path` is a state soda-cache wrote (any version): what `clean` may
/// remove from a directory the user named.
pub fn is_state_file(path: &Path) -> bool {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|v| v.get("version").is_some() && v.get("tool_version").is_some())
}

/// One file's fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    pub mtime_ns: u64,
    pub hash: u64,
    /// The inode (0 where the platform has none): a file swapped in by rename is not trusted.
    #[serde(default)]
    pub inode: u64,
}

/// A map read in one bulk build: it was written in key order, and inserting 5,000 entries one
/// at a time was half of reading the state on a no-op restart.
fn bulk_map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Entries<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
        type Value = Vec<(String, V)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(entry) = map.next_entry()? {
                entries.push(entry);
            }
            Ok(entries)
        }
    }
    // `collect` sorts (a no-op pass for sorted input) and keeps the last of equal keys, as
    // inserting would.
    let entries = deserializer.deserialize_map(Entries(std::marker::PhantomData))?;
    Ok(entries.into_iter().collect())
}

/// What the last build saw, what it wrote, and what it reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionState {
    pub version: u32,
    pub tool_version: String,
    /// The cache's format version (`FORMAT_VERSION`): the cache files' stamps say nothing
    /// about what is inside them, so a format change within a tool version rebuilds all.
    #[serde(default)]
    pub cache_format: u32,
    pub config_hash: u64,
    /// When the build that wrote this state started (ns since the epoch).
    pub started_ns: u64,
    /// Analysed source files by path relative to the config dir.
    #[serde(deserialize_with = "bulk_map")]
    pub files: BTreeMap<String, FileStamp>,
    /// Cache files by path relative to the cache dir, as the build left them.
    #[serde(deserialize_with = "bulk_map")]
    pub cache_files: BTreeMap<String, FileStamp>,
    /// Every directory discovery walked (relative to the config dir) and its mtime (ns) then:
    /// while all are unchanged a restart skips the walk (no source can have appeared).
    #[serde(default)]
    pub dirs: BTreeMap<String, u64>,
    /// The summary line of that build.
    pub summary: String,
    /// Its diagnostics as printed (plain), and how many were errors.
    pub diagnostics: String,
    pub errors: usize,
    /// How many of its warnings fail a `--strict` (or CI) build.
    pub strict_failures: usize,
    /// How many files that build parsed (the rest were reused).
    pub parsed: usize,
}

/// Nanoseconds since the epoch, now.
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// What a new process finds when it compares the project with the last build.
#[derive(Debug)]
pub enum Freshness {
    /// Nothing changed and the cache is exactly as the last build left it.
    UpToDate(SessionState),
    /// A full build is needed, for this reason.
    Stale(String),
    /// The saved state is not one a build writes (damaged or crafted): discarded, for this reason.
    Discarded(String),
}

impl SessionState {
    /// Reads and validates the state in `dir`; `Err` says in one line why it is not usable.
    pub fn load(dir: &Path) -> Result<Self, String> {
        let path = dir.join(STATE_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(format!("no saved state in {}", dir.display()))
            }
            Err(error) => return Err(format!("cannot read {}: {error}", path.display())),
        };
        let state: SessionState = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a valid state file ({e})", path.display()))?;
        state
            .validate()
            .map_err(|reason| format!("{} is not a valid state file ({reason})", path.display()))?;
        Ok(state)
    }

    /// Rejects anything a build never writes: another version, paths that are not sources
    /// or cache files, text with terminal control sequences.
    fn validate(&self) -> Result<(), String> {
        if self.version != STATE_VERSION {
            return Err(format!("state version {}", self.version));
        }
        if let Some(path) = self.files.keys().find(|p| !is_source_key(p)) {
            return Err(format!("`{}` is not a source path", escape(path)));
        }
        if let Some(path) = self.dirs.keys().find(|p| !is_dir_key(p)) {
            return Err(format!("`{}` is not a directory path", escape(path)));
        }
        if let Some(path) = self.cache_files.keys().find(|p| !is_cache_key(p)) {
            return Err(format!("`{}` is not a cache file", escape(path)));
        }
        let printable = |text: &str| !text.chars().any(|c| c.is_control() && c != '\n');
        if !printable(&self.summary) || !printable(&self.diagnostics) {
            return Err("its text holds control characters".into());
        }
        Ok(())
    }

    /// Writes the state into `dir` (atomically).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        refuse_foreign_state(dir)?;
        let text = serde_json::to_string(self).map_err(std::io::Error::other)?;
        soda_cache_format::write_atomic(&dir.join(STATE_FILE), text.as_bytes()).map(|_| ())
    }

    /// Removes the state in `dir`, before a build writes the cache.
    pub fn invalidate(dir: &Path) -> std::io::Result<()> {
        refuse_foreign_state(dir)?;
        match std::fs::remove_file(dir.join(STATE_FILE)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// Compares the project and the cache with the state in `state_dir`.
    pub fn freshness(config: &Config, state_dir: &Path) -> Result<Freshness, BuildError> {
        let state = match Self::load(state_dir) {
            Ok(state) => state,
            Err(reason) if state_dir.join(STATE_FILE).exists() => {
                return Ok(Freshness::Discarded(reason))
            }
            Err(reason) => return Ok(Freshness::Stale(reason)),
        };
        let hash = hash_config(config)?;
        // No directory changed: no source appeared or vanished, and the walk is skipped.
        let roots = if state.dirs_unchanged(config) {
            None
        } else {
            Some(discover(config, &SourceFilter::new(config)?).files)
        };
        Ok(match state.first_reason(config, hash, roots.as_deref()) {
            Some(reason) => Freshness::Stale(reason),
            None => Freshness::UpToDate(state),
        })
    }

    /// The first reason the project or the cache differs from this state, if any. Sources and
    /// cache files are checked in parallel: a no-op build is a `stat` per file.
    fn first_reason(
        &self,
        config: &Config,
        config_hash: u64,
        roots: Option<&[PathBuf]>,
    ) -> Option<String> {
        if let Some(reason) = self.global_reason(config_hash) {
            return Some(reason);
        }
        crate::build::ensure_worker_pool();
        self.new_sources(config, roots.unwrap_or_default())
            .next()
            .or_else(|| {
                let files: Vec<_> = self.files.iter().collect();
                let dir = StatDir::open(&config.dir);
                files.par_iter().find_map_first(|(relative, stamp)| {
                    source_reason(&dir, relative, stamp, self.started_ns)
                })
            })
            .or_else(|| self.cache_reasons(&config.cache_dir).into_iter().next())
    }

    /// Every reason the project or the cache differs from what this state saw (empty: nothing is stale).
    pub fn stale(&self, config: &Config, config_hash: u64, roots: &[PathBuf]) -> Vec<String> {
        if let Some(reason) = self.global_reason(config_hash) {
            return vec![reason];
        }
        crate::build::ensure_worker_pool();
        let files: Vec<_> = self.files.iter().collect();
        let dir = StatDir::open(&config.dir);
        let changed: Vec<String> = files
            .par_iter()
            .filter_map(|(relative, stamp)| source_reason(&dir, relative, stamp, self.started_ns))
            .collect();
        self.new_sources(config, roots)
            .chain(changed)
            .chain(self.cache_reasons(&config.cache_dir))
            .collect()
    }

    /// Whether every directory the last build walked still has the mtime it had then (and
    /// had it before that build started, git's racy-clean rule).
    fn dirs_unchanged(&self, config: &Config) -> bool {
        if self.dirs.is_empty() {
            return false;
        }
        crate::build::ensure_worker_pool();
        let dir = StatDir::open(&config.dir);
        let dirs: Vec<_> = self.dirs.iter().collect();
        dirs.par_iter().all(|(relative, mtime)| {
            let relative = if relative.is_empty() {
                "."
            } else {
                relative.as_str()
            };
            dir.stat(relative)
                .is_some_and(|(_, now, _)| now == **mtime && now < self.started_ns)
        })
    }

    /// Sources the include globs match now that this state has not seen.
    fn new_sources<'a>(
        &'a self,
        config: &'a Config,
        roots: &'a [PathBuf],
    ) -> impl Iterator<Item = String> + 'a {
        roots
            .iter()
            .map(|r| config.relative(r))
            .filter(|r| !self.files.contains_key(r))
            .map(|r| format!("{r} is new"))
    }

    fn global_reason(&self, config_hash: u64) -> Option<String> {
        if self.tool_version != env!("CARGO_PKG_VERSION") {
            return Some(format!(
                "state written by soda-cache {}",
                escape(&self.tool_version)
            ));
        }
        if self.cache_format != soda_cache_format::FORMAT_VERSION {
            return Some(format!(
                "cache format {} (this builder writes {})",
                self.cache_format,
                soda_cache_format::FORMAT_VERSION
            ));
        }
        (self.config_hash != config_hash).then(|| "the config or a schema changed".to_owned())
    }

    /// Cache files that are missing, damaged, swapped or not written by the last build.
    fn cache_reasons(&self, cache_dir: &Path) -> Vec<String> {
        let files: Vec<_> = self.cache_files.iter().collect();
        let dir = StatDir::open(cache_dir);
        let mut reasons: Vec<String> = files
            .par_iter()
            .filter_map(|(name, stamp)| {
                let path = cache_dir.join(name);
                let trusted = dir.stat(name).is_some_and(|(size, mtime_ns, inode)| {
                    size == stamp.size && mtime_ns == stamp.mtime_ns && inode == stamp.inode
                });
                if trusted || hash_file(&path) == Some(stamp.hash) {
                    return None;
                }
                Some(if path.exists() {
                    format!("cache file {name} was changed or damaged")
                } else {
                    format!("cache file {name} is missing")
                })
            })
            .collect();
        for folder in [
            soda_cache_format::SHARDS_DIR,
            soda_cache_format::MODULES_DIR,
        ] {
            let entries = std::fs::read_dir(cache_dir.join(folder))
                .into_iter()
                .flatten();
            for entry in entries.flatten() {
                let name = format!("{folder}/{}", entry.file_name().to_string_lossy());
                if !self.cache_files.contains_key(&name) {
                    reasons.push(format!(
                        "cache file {} was not written by the last build",
                        escape(&name)
                    ));
                }
            }
        }
        reasons
    }
}

/// Why one source file is not as recorded: stat first, content hash when stat cannot vouch for
/// it (including an mtime not older than the build that recorded it).
fn source_reason(
    config_dir: &StatDir,
    relative: &str,
    stamp: &FileStamp,
    started_ns: u64,
) -> Option<String> {
    let Some((size, mtime_ns, _)) = config_dir.stat(relative) else {
        return Some(format!("{relative} was deleted"));
    };
    if size == stamp.size && mtime_ns == stamp.mtime_ns && mtime_ns < started_ns {
        return None;
    }
    let changed = hash_file(&config_dir.dir.join(relative)) != Some(stamp.hash);
    changed.then(|| format!("{relative} changed"))
}

/// A source key: a `/`-separated relative path with a TypeScript extension, `..` only as a
/// leading run, no empty or `.` segments, no control characters.
fn is_source_key(path: &str) -> bool {
    is_relative_key(path)
        && !path.split('/').any(|s| s == "node_modules")
        && crate::project::discover::is_source(Path::new(path))
}

/// A `/`-separated relative path: `..` only as a leading run, no empty or `.` segments, no
/// control characters or backslashes.
fn is_relative_key(path: &str) -> bool {
    let mut leading = true;
    path.split('/').all(|segment| match segment {
        ".." if leading => true,
        "" | "." | ".." => false,
        _ => {
            leading = false;
            !segment.chars().any(|c| c.is_control() || c == '\\')
        }
    })
}

/// A directory key: the config dir itself (empty), or a relative path as source keys are.
fn is_dir_key(path: &str) -> bool {
    path.is_empty() || is_relative_key(path)
}

fn is_cache_key(path: &str) -> bool {
    path == soda_cache_format::MANIFEST_FILE
        || path
            .split_once('/')
            .is_some_and(|(folder, name)| soda_cache_format::is_cache_file_name(folder, name))
}

/// `text` with control characters shown as escapes (never sent raw to a terminal).
pub fn escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests")]
mod tests {
    use std::collections::BTreeMap;

    use super::FileStamp;

    #[derive(serde::Deserialize)]
    struct Maps {
        #[serde(deserialize_with = "super::bulk_map")]
        bulk: BTreeMap<String, FileStamp>,
        inserted: BTreeMap<String, FileStamp>,
    }

    #[test]
    fn a_bulk_read_map_equals_one_read_by_inserts_whatever_the_key_order_and_duplicates() {
        let stamp = |n: u64| format!(r#"{{"size":{n},"mtime_ns":{n},"hash":{n},"inode":{n}}}"#);
        // Written state is in key order; a hand-edited one may not be, or may repeat a key.
        let entries = format!(
            r#"{{"src/b.ts":{},"src/a.ts":{},"src/b.ts":{},"src/c.ts":{}}}"#,
            stamp(1),
            stamp(2),
            stamp(3),
            stamp(4)
        );
        let maps: Maps =
            serde_json::from_str(&format!(r#"{{"bulk":{entries},"inserted":{entries}}}"#)).unwrap();
        assert_eq!(maps.bulk, maps.inserted);
        assert_eq!(maps.bulk.len(), 3);
        assert_eq!(
            maps.bulk["src/b.ts"].hash, 3,
            "the last of a repeated key wins"
        );
    }
}
