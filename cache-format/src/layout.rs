//! Where each file lives inside a cache directory.

use std::path::{Path, PathBuf};

/// The manifest's file name inside the cache dir.
pub const MANIFEST_FILE: &str = "manifest.rkyv";
/// The folder of per-source-file shards inside the cache dir.
pub const SHARDS_DIR: &str = "shards";

/// Path of the manifest of the cache at `cache_dir`.
pub fn manifest_path(cache_dir: &Path) -> PathBuf {
    cache_dir.join(MANIFEST_FILE)
}

/// File name of the shard for `source_path` (relative to the config dir, `/`-separated).
///
/// Addressed by hash so the plugin finds its shard without listing a directory.
pub fn shard_file_name(source_path: &str) -> String {
    format!(
        "{:016x}.rkyv",
        xxhash_rust::xxh3::xxh3_64(source_path.as_bytes())
    )
}

/// Path of the shard for `source_path` inside the cache at `cache_dir`.
pub fn shard_path(cache_dir: &Path, source_path: &str) -> PathBuf {
    cache_dir
        .join(SHARDS_DIR)
        .join(shard_file_name(source_path))
}

/// The folder of generated artifact modules inside the cache dir.
pub const MODULES_DIR: &str = "modules";

/// File name of the generated ES module holding `source_path`'s prebuilt artifacts.
///
/// The plugin's default output imports it, so bundlers track the dependency and reload it.
pub fn artifact_module_file_name(source_path: &str) -> String {
    format!(
        "{:016x}.mjs",
        xxhash_rust::xxh3::xxh3_64(source_path.as_bytes())
    )
}
