//! What a full write leaves alone: the cache files of sources that could not be read this
//! time, and nothing but soda-cache's own leftovers goes.

use std::collections::HashSet;
use std::path::Path;

use soda_cache_format::{is_cache_file_name, FileKind, MODULES_DIR, SHARDS_DIR};

use super::{files_of, ShardMemo, Writer};

/// Sources whose cache files stay as they are: they could not be read this time (a file, or
/// every file under a directory), so what the cache holds for them is the best there is.
#[derive(Debug, Default)]
pub struct Keep {
    /// Unreadable source files, relative to the config dir.
    pub files: HashSet<String>,
    /// Unreadable directories, relative to the config dir, `/`-separated.
    pub dirs: Vec<String>,
}

impl Keep {
    /// Whether the cache files of `source` (relative to the config dir) are kept.
    pub fn covers(&self, source: &str) -> bool {
        self.files.contains(source)
            || self.dirs.iter().any(|dir| {
                source
                    .strip_prefix(dir.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
            })
    }
}

/// The cache files of shards not in `listed` whose source lies under a kept directory.
fn kept_under_dirs(dir: &Path, listed: &HashSet<String>, keep: &Keep) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir.join(SHARDS_DIR)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = format!("{SHARDS_DIR}/{}", entry.file_name().to_string_lossy());
        if listed.contains(&name) {
            continue;
        }
        let Ok(file) = soda_cache_format::CacheFile::read(&entry.path(), FileKind::Shard) else {
            continue;
        };
        if let Ok(shard) = file.shard() {
            if keep.covers(shard.source_path.as_str()) {
                out.extend(files_of(shard.cache_key.as_str()));
            }
        }
    }
    out
}

/// A full write removes every cache-named file it did not write (a previous build's leftovers).
pub(super) fn remove_unlisted(
    writer: &mut Writer<'_>,
    memo: &ShardMemo,
    kept: &HashSet<String>,
    keep: &Keep,
) {
    let mut listed: HashSet<String> = memo.values().flat_map(|s| files_of(&s.cache_key)).collect();
    if !keep.dirs.is_empty() {
        // Shards are named by a hash: under an unreadable directory, ask each unlisted shard
        // which source it holds (its module goes with it). Kept files stay in the index, as
        // `kept` ones do, so the saved state vouches for them.
        for name in kept_under_dirs(writer.dir, &listed, keep) {
            writer.keep(&name);
            listed.insert(name);
        }
    }
    for folder in [SHARDS_DIR, MODULES_DIR] {
        let Ok(entries) = std::fs::read_dir(writer.dir.join(folder)) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| is_cache_file_name(folder, name))
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        for name in names {
            if !listed.contains(&name) && !kept.contains(&name) {
                writer.remove(&name);
            }
        }
    }
}
