//! Every problem the plugin reports, in one place: each message says what to do.

use soda_cache_format::CacheError;

use crate::host_fs::{HostFs, OutsideCwd};
use crate::PLUGIN_VERSION;

/// Why the plugin cannot (or must not) emit a file's definitions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PluginError {
    #[error("soda-cache: the cache directory {0}")]
    CacheOutsideCwd(OutsideCwd),
    #[error("soda-cache: no cache in {location}: run `soda-cache build` first (or set `cacheDir` in the plugin options)")]
    NoCache { location: String },
    #[error("soda-cache: the cache in {location} has format version {found}, this plugin reads {expected}; use the same version of the builder and the plugin and run `soda-cache build`")]
    FormatVersion {
        location: String,
        found: u32,
        expected: u32,
    },
    #[error("soda-cache: the cache was written by soda-cache {found} but this plugin is {PLUGIN_VERSION}; use the same version of both and run `soda-cache build`")]
    VersionSkew { found: String },
    #[error("soda-cache: the cache in {location} cannot be used ({detail}); run `soda-cache build` to rewrite it")]
    Damaged { location: String, detail: String },
    #[error("soda-cache: `{id}` changed since it was written to the cache; run `soda-cache build` (or keep `soda-cache build --watch` running)")]
    Stale { id: String },
    #[error("soda-cache: `{id}` is missing from the cache; run `soda-cache build` (or keep `soda-cache build --watch` running)")]
    Missing { id: String },
    #[error("soda-cache [{code}] {message} ({file}:{line}:{column})")]
    Builder {
        code: String,
        message: String,
        file: String,
        line: u32,
        column: u32,
    },
    #[error("soda-cache: {file} has definitions, but the cache in {location} belongs to the project in {project}; point `cacheDir` at this file's project cache")]
    ForeignProject {
        file: String,
        location: String,
        project: String,
    },
    #[error("soda-cache: `emit: \"inline\"` cannot be used in development: hosts cache transformed files by their own source, so an inlined artifact goes stale when a fragment in another file changes. Use the default `emit: \"module\"` (or set `emit` to `inline` for production builds only)")]
    InlineInDevelopment,
    #[error("{0}")]
    Options(String),
}

impl PluginError {
    /// The error for a cache file that could not be used.
    pub fn from_cache(error: &CacheError, cache_dir: &str, fs: &HostFs) -> Self {
        let location = location(cache_dir, fs);
        match error {
            CacheError::NotFound { .. } => PluginError::NoCache { location },
            CacheError::FormatVersion {
                found, expected, ..
            } => PluginError::FormatVersion {
                location,
                found: *found,
                expected: *expected,
            },
            other => PluginError::Damaged {
                location,
                detail: fs.host_display(&other.to_string()),
            },
        }
    }
}

/// The cache dir as the user knows it: under the host's cwd.
pub fn location(cache_dir: &str, fs: &HostFs) -> String {
    if cache_dir.is_empty() {
        fs.host_cwd().to_owned()
    } else {
        format!("{}/{cache_dir}", fs.host_cwd())
    }
}
