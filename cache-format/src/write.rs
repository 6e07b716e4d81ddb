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
/// every mtime alone. Only a regular file (or nothing) is ever read or replaced: the caller
/// decides what to do with anything else (see [`write_output`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<WriteOutcome> {
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if !meta.is_file() {
            return Err(std::io::Error::other(format!(
                "{} is not a regular file; soda-cache does not replace it",
                path.display()
            )));
        }
        if meta.len() == bytes.len() as u64 && std::fs::read(path).is_ok_and(|old| old == bytes) {
            return Ok(WriteOutcome::Unchanged);
        }
    }
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".{}.{unique}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let result = (|| {
        let mut file = match std::fs::File::create(&tmp) {
            // The folder is created on first use only: no mkdir per file.
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::File::create(&tmp)?
            }
            other => other?,
        };
        file.write_all(bytes)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| WriteOutcome::Written)
}

/// Writes a file the user named (`--json PATH`): a regular file (or a new one) is replaced
/// atomically; a symlink writes its target; a device, FIFO or socket is written through,
/// never read first and never replaced.
pub fn write_output(path: &Path, bytes: &[u8]) -> std::io::Result<WriteOutcome> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match std::fs::canonicalize(path) {
            Ok(target) => target,
            // A dangling link: writing through it creates the target.
            Err(_) => return write_through(path, bytes),
        },
        _ => path.to_owned(),
    };
    match std::fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => write_through(&target, bytes),
        _ => write_atomic(&target, bytes),
    }
}

fn write_through(path: &Path, bytes: &[u8]) -> std::io::Result<WriteOutcome> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .or_else(|_| std::fs::OpenOptions::new().write(true).open(path))?;
    file.write_all(bytes)?;
    Ok(WriteOutcome::Written)
}
