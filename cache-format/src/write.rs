//! Encoding and the atomic writer (builder side only).

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use rkyv::rancor;

use crate::envelope::{seal, FileKind};
use crate::model::{Manifest, Shard};

/// Encodes a manifest into a complete cache file.
pub fn encode_manifest(manifest: &Manifest, tool_version: &str) -> Result<Vec<u8>, rancor::Error> {
    let payload = rkyv::to_bytes::<rancor::Error>(manifest)?;
    Ok(seal(FileKind::Manifest, tool_version, &payload))
}

/// Encodes a shard into a complete cache file.
pub fn encode_shard(shard: &Shard, tool_version: &str) -> Result<Vec<u8>, rancor::Error> {
    let payload = rkyv::to_bytes::<rancor::Error>(shard)?;
    Ok(seal(FileKind::Shard, tool_version, &payload))
}

/// What [`write_atomic`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The file already held these bytes; nothing was written.
    Unchanged,
    /// The file was replaced.
    Written,
}

/// Replaces `path` with `bytes` by writing a sibling temp file and renaming it over `path`.
///
/// Skips the write when the file already holds exactly `bytes`, so a no-op build leaves
/// every mtime alone.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<WriteOutcome> {
    if let Ok(existing) = std::fs::read(path) {
        if existing == bytes {
            return Ok(WriteOutcome::Unchanged);
        }
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".{}.{unique}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| WriteOutcome::Written)
}
