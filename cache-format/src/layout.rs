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

/// File name of the shard for the source at `cache_key` (its path relative to the cache dir,
/// `/`-separated: what both the builder and the plugin can compute without reading anything).
///
/// Addressed by hash so the plugin finds its shard without listing a directory.
pub fn shard_file_name(cache_key: &str) -> String {
    format!(
        "{:016x}.rkyv",
        xxhash_rust::xxh3::xxh3_64(cache_key.as_bytes())
    )
}

/// Path of the shard for `cache_key` inside the cache at `cache_dir`.
pub fn shard_path(cache_dir: &Path, cache_key: &str) -> PathBuf {
    cache_dir.join(SHARDS_DIR).join(shard_file_name(cache_key))
}

/// The folder of generated artifact modules inside the cache dir.
pub const MODULES_DIR: &str = "modules";

/// File name of the generated ES module holding the prebuilt artifacts of the source at
/// `cache_key` (see [`shard_file_name`]).
///
/// The plugin's default output imports it, so bundlers track the dependency and reload it.
pub fn artifact_module_file_name(cache_key: &str) -> String {
    format!(
        "{:016x}.mjs",
        xxhash_rust::xxh3::xxh3_64(cache_key.as_bytes())
    )
}

/// The form a call fingerprint takes in generated JavaScript and in the plugin's output.
pub fn fingerprint_hex(fingerprint: u64) -> String {
    format!("{fingerprint:016x}")
}

/// Whether `name` is a file soda-cache writes in `folder` (`shards` or `modules`): 16 hex
/// digits and the folder's extension. Only such files are ever removed from those folders.
pub fn is_cache_file_name(folder: &str, name: &str) -> bool {
    let extension = match folder {
        SHARDS_DIR => ".rkyv",
        MODULES_DIR => ".mjs",
        _ => return false,
    };
    name.strip_suffix(extension)
        .is_some_and(|stem| stem.len() == 16 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether `name` is a temp file of [`crate::write_atomic`] (`<name>.<pid>.<n>.tmp`).
pub fn is_temp_file_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".tmp") else {
        return false;
    };
    let mut parts = stem.rsplitn(3, '.');
    let counter = parts.next().unwrap_or_default();
    let pid = parts.next().unwrap_or_default();
    let base = parts.next().unwrap_or_default();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    !base.is_empty() && digits(pid) && digits(counter)
}

/// The first line of a generated artifact module: a checksum of everything after it.
const MODULE_SEAL_PREFIX: &str = "// soda-cache module xxh3:";

/// `body` with its checksum line in front (the form `modules/*.mjs` are written in).
pub fn seal_artifact_module(body: &str) -> String {
    let hash = xxhash_rust::xxh3::xxh3_64(body.as_bytes());
    format!("{MODULE_SEAL_PREFIX}{hash:016x}\n{body}")
}

/// Whether `text` is a sealed artifact module whose body matches its checksum.
pub fn artifact_module_is_intact(text: &[u8]) -> bool {
    let Some(rest) = text.strip_prefix(MODULE_SEAL_PREFIX.as_bytes()) else {
        return false;
    };
    let (Some(hex), Some(body)) = (rest.get(..16), rest.get(17..)) else {
        return false;
    };
    let expected = std::str::from_utf8(hex)
        .ok()
        .and_then(|h| u64::from_str_radix(h, 16).ok());
    rest.get(16) == Some(&b'\n') && expected == Some(xxhash_rust::xxh3::xxh3_64(body))
}
