//! The envelope every cache file carries: a fixed header, then an rkyv payload.
//!
//! Header (64 bytes, little endian): magic `SODACACH`, format version `u32`, file kind `u32`,
//! payload length `u64`, xxh3-64 of the payload `u64`, tool version (32 bytes, NUL padded).

use std::path::{Path, PathBuf};

use rkyv::rancor;

use crate::model::{ArchivedManifest, ArchivedShard};

/// Bumped whenever the byte layout of any archived type changes.
pub const FORMAT_VERSION: u32 = 3;
const MAGIC: &[u8; 8] = b"SODACACH";
const TOOL_VERSION_LEN: usize = 32;
/// Where the tool version sits in the header (NUL padded).
pub const TOOL_VERSION_RANGE: std::ops::Range<usize> = 32..32 + TOOL_VERSION_LEN;
/// Size of the fixed header in front of every payload.
pub const HEADER_LEN: usize = 32 + TOOL_VERSION_LEN;

/// What a cache file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `manifest.rkyv`.
    Manifest = 1,
    /// `shards/<hash>.rkyv`.
    Shard = 2,
}

/// Why a cache file could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("no cache file at {path}")]
    NotFound { path: PathBuf },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a soda-cache file (bad magic)")]
    BadMagic { path: PathBuf },
    #[error("{path} has cache format version {found}, this tool reads version {expected}")]
    FormatVersion {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("{path} is a {found:?} file, expected a {expected:?} file")]
    WrongKind {
        path: PathBuf,
        found: u32,
        expected: FileKind,
    },
    #[error("{path} is truncated ({actual} bytes, header says {expected})")]
    Truncated {
        path: PathBuf,
        actual: usize,
        expected: usize,
    },
    #[error("{path} is corrupt (checksum mismatch)")]
    Checksum { path: PathBuf },
    #[error("{path} is corrupt: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// A verified cache file: header checked, payload checksummed, ready for zero-copy access.
#[derive(Debug)]
pub struct CacheFile {
    path: PathBuf,
    bytes: Vec<u8>,
    tool_version: String,
}

impl CacheFile {
    /// Reads and verifies the file at `path`, which must hold `kind`.
    pub fn read(path: &Path, kind: FileKind) -> Result<Self, CacheError> {
        let bytes = read_envelope(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => CacheError::NotFound {
                path: path.to_owned(),
            },
            _ => CacheError::Io {
                path: path.to_owned(),
                source,
            },
        })?;
        Self::from_bytes(path, bytes, kind)
    }

    /// Verifies `bytes` read from `path` (used for error messages only).
    pub fn from_bytes(path: &Path, bytes: Vec<u8>, kind: FileKind) -> Result<Self, CacheError> {
        let path = path.to_owned();
        if bytes.len() < HEADER_LEN {
            if bytes.len() >= MAGIC.len() && &bytes[..MAGIC.len()] != MAGIC {
                return Err(CacheError::BadMagic { path });
            }
            return Err(CacheError::Truncated {
                path,
                actual: bytes.len(),
                expected: HEADER_LEN,
            });
        }
        if &bytes[..8] != MAGIC {
            return Err(CacheError::BadMagic { path });
        }
        let version = read_u32(&bytes, 8);
        if version != FORMAT_VERSION {
            return Err(CacheError::FormatVersion {
                path,
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let found_kind = read_u32(&bytes, 12);
        if found_kind != kind as u32 {
            return Err(CacheError::WrongKind {
                path,
                found: found_kind,
                expected: kind,
            });
        }
        let payload_len = usize::try_from(read_u64(&bytes, 16)).unwrap_or(usize::MAX);
        let expected = HEADER_LEN.saturating_add(payload_len);
        if bytes.len() != expected {
            return Err(CacheError::Truncated {
                path,
                actual: bytes.len(),
                expected,
            });
        }
        if xxhash_rust::xxh3::xxh3_64(&bytes[HEADER_LEN..]) != read_u64(&bytes, 24) {
            return Err(CacheError::Checksum { path });
        }
        let raw_version = &bytes[TOOL_VERSION_RANGE];
        let end = raw_version
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(TOOL_VERSION_LEN);
        let tool_version = String::from_utf8_lossy(&raw_version[..end]).into_owned();
        Ok(Self {
            path,
            bytes,
            tool_version,
        })
    }

    /// The version of the builder that wrote this file.
    pub fn tool_version(&self) -> &str {
        &self.tool_version
    }

    /// The path this file was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The archived manifest (validated by rkyv).
    pub fn manifest(&self) -> Result<&ArchivedManifest, CacheError> {
        rkyv::access::<ArchivedManifest, rancor::Error>(self.payload())
            .map_err(|e| self.invalid(&e))
    }

    /// The archived shard (validated by rkyv).
    pub fn shard(&self) -> Result<&ArchivedShard, CacheError> {
        rkyv::access::<ArchivedShard, rancor::Error>(self.payload()).map_err(|e| self.invalid(&e))
    }

    fn payload(&self) -> &[u8] {
        &self.bytes[HEADER_LEN..]
    }

    fn invalid(&self, error: &rancor::Error) -> CacheError {
        CacheError::Invalid {
            path: self.path.clone(),
            message: error.to_string(),
        }
    }
}

/// How much the first read asks for: most shards fit, so a read is open + read + close.
const FIRST_READ: usize = 64 * 1024;

/// Reads a cache file in as few calls as possible: inside the plugin every file-system call is a
/// round trip to the host (under wasmer, to another thread). The header says how long the file
/// is, so no size query and no probe for the end are needed; a short file is left for
/// [`CacheFile::from_bytes`] to report as truncated.
fn read_envelope(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut bytes = vec![0u8; FIRST_READ];
    let mut len = 0;
    // Until the header is in, read as if the file were as long as the buffer.
    let mut expected = usize::MAX;
    while len < expected {
        if len == bytes.len() {
            // Grow by doubling, never by what a (possibly damaged) header claims.
            bytes.resize(bytes.len() * 2, 0);
        }
        let n = file.read(&mut bytes[len..])?;
        if n == 0 {
            break;
        }
        len += n;
        if len >= HEADER_LEN && expected == usize::MAX {
            let payload = usize::try_from(read_u64(&bytes, 16)).unwrap_or(usize::MAX);
            expected = HEADER_LEN.saturating_add(payload);
        }
    }
    bytes.truncate(len);
    Ok(bytes)
}

/// Whether the file at `path` starts with soda-cache's magic (reads 8 bytes, never waits on a
/// non-regular file).
pub fn has_cache_magic(path: &Path) -> bool {
    use std::io::Read;
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut magic = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| &magic == MAGIC)
}

/// Wraps an rkyv payload in the envelope.
pub(crate) fn seal(kind: FileKind, tool_version: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(kind as u32).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes());
    let mut version = [0u8; TOOL_VERSION_LEN];
    let take = tool_version.len().min(TOOL_VERSION_LEN);
    version[..take].copy_from_slice(&tool_version.as_bytes()[..take]);
    out.extend_from_slice(&version);
    out.extend_from_slice(payload);
    out
}

fn read_u32(bytes: &[u8], at: usize) -> u32 {
    let mut buf = [0u8; 4];
    buf.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(buf)
}

fn read_u64(bytes: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    buf.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(buf)
}
