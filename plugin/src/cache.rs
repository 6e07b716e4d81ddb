//! The plugin's one read: the shard of the file being transformed, addressed by the file's path
//! relative to the cache dir (computable without reading anything). The manifest is read only
//! when a file that mentions `gql` has no shard, to tell "no definitions" from "not built".

use soda_cache_format::{
    manifest_path, shard_path, ArchivedManifest, ArchivedShard, CacheError, CacheFile, FileKind,
};

use crate::error::{location, PluginError};
use crate::host_fs::HostFs;
use crate::PLUGIN_VERSION;

/// Where the file and the cache are, relative to the host's cwd.
#[derive(Debug, Clone)]
pub struct Target {
    /// The file, relative to the host cwd, `/`-separated.
    pub file: String,
    /// The cache dir, relative to the host cwd.
    pub cache_dir: String,
    /// The file relative to the cache dir: its shard's and artifact module's key.
    pub cache_key: String,
}

/// Reads the file's shard; `None` when the cache has none for it.
pub fn read_shard(target: &Target, fs: &HostFs) -> Result<Option<CacheFile>, PluginError> {
    let path = shard_path(&fs.readable(&target.cache_dir), &target.cache_key);
    read(&path, FileKind::Shard, target, fs)
}

/// The verified shard: this tool's version, and addressed to this very file.
pub fn verify_shard<'f>(
    file: &'f CacheFile,
    target: &Target,
    fs: &HostFs,
) -> Result<&'f ArchivedShard, PluginError> {
    let shard = file
        .shard()
        .map_err(|error| PluginError::from_cache(&error, &target.cache_dir, fs))?;
    if shard.cache_key.as_str() != target.cache_key {
        return Err(PluginError::Damaged {
            location: location(&target.cache_dir, fs),
            detail: format!(
                "the shard for {} holds {}",
                target.cache_key,
                shard.cache_key.as_str()
            ),
        });
    }
    Ok(shard)
}

/// Reads the manifest (the rare path: a file that mentions `gql` but has no shard).
pub fn read_manifest(target: &Target, fs: &HostFs) -> Result<CacheFile, PluginError> {
    let path = manifest_path(&fs.readable(&target.cache_dir));
    read(&path, FileKind::Manifest, target, fs)?.ok_or_else(|| PluginError::NoCache {
        location: location(&target.cache_dir, fs),
    })
}

/// The verified manifest.
pub fn verify_manifest<'f>(
    file: &'f CacheFile,
    target: &Target,
    fs: &HostFs,
) -> Result<&'f ArchivedManifest, PluginError> {
    file.manifest()
        .map_err(|error| PluginError::from_cache(&error, &target.cache_dir, fs))
}

fn read(
    path: &std::path::Path,
    kind: FileKind,
    target: &Target,
    fs: &HostFs,
) -> Result<Option<CacheFile>, PluginError> {
    let file = match CacheFile::read(path, kind) {
        Ok(file) => file,
        Err(CacheError::NotFound { .. }) => return Ok(None),
        Err(error) => return Err(PluginError::from_cache(&error, &target.cache_dir, fs)),
    };
    if file.tool_version() != PLUGIN_VERSION {
        return Err(PluginError::VersionSkew {
            found: file.tool_version().to_owned(),
        });
    }
    Ok(Some(file))
}
