//! File stamps: size, mtime and inode read cheaply (relative to an open directory where the
//! platform allows it), and the hash read only when a stamp differs.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use super::state::FileStamp;

/// Size, mtime and inode of a file.
pub fn stat(path: &Path) -> Option<(u64, u64, u64)> {
    stat_of(&std::fs::metadata(path).ok()?)
}

/// Size, mtime and inode from `metadata`.
pub fn stat_of(metadata: &std::fs::Metadata) -> Option<(u64, u64, u64)> {
    let mtime = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(metadata);
    #[cfg(not(unix))]
    let inode = 0;
    Some((
        metadata.len(),
        u64::try_from(mtime.as_nanos()).unwrap_or(u64::MAX),
        inode,
    ))
}

/// Stats files below one directory, opened once: on Unix the kernel then walks only the
/// relative part of each path (a no-op build stats every source and every cache file).
pub struct StatDir {
    pub(super) dir: PathBuf,
    #[cfg(unix)]
    fd: Option<rustix::fd::OwnedFd>,
}

impl StatDir {
    /// `dir`, opened for `statat` where the platform has it.
    pub fn open(dir: &Path) -> Self {
        StatDir {
            dir: dir.to_owned(),
            #[cfg(unix)]
            fd: rustix::fs::open(
                dir,
                rustix::fs::OFlags::PATH
                    | rustix::fs::OFlags::DIRECTORY
                    | rustix::fs::OFlags::CLOEXEC,
                rustix::fs::Mode::empty(),
            )
            .ok(),
        }
    }

    /// Size, mtime and inode of `relative` below the directory, as [`stat`] gives them.
    pub fn stat(&self, relative: &str) -> Option<(u64, u64, u64)> {
        #[cfg(unix)]
        if let Some(fd) = &self.fd {
            let st = rustix::fs::statat(fd, relative, rustix::fs::AtFlags::empty()).ok()?;
            let seconds = u64::try_from(st.st_mtime).ok()?;
            #[allow(
                clippy::useless_conversion,
                reason = "the field is unsigned on Linux, signed on macOS"
            )]
            let nanos = u64::try_from(st.st_mtime_nsec).ok()?;
            let mtime_ns = seconds.checked_mul(1_000_000_000)?.checked_add(nanos)?;
            return Some((u64::try_from(st.st_size).ok()?, mtime_ns, st.st_ino));
        }
        stat(&self.dir.join(relative))
    }
}

/// The stamp of the file at `path`, whose content hashes to `hash`.
pub fn stamp(path: &Path, hash: u64) -> Option<FileStamp> {
    let (size, mtime_ns, inode) = stat(path)?;
    Some(FileStamp {
        size,
        mtime_ns,
        hash,
        inode,
    })
}

/// The xxh3 of a regular file's bytes. Anything else (a FIFO or a device a crafted state
/// names) is never opened: reading it could block forever or never end.
pub(super) fn hash_file(path: &Path) -> Option<u64> {
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    std::fs::read(path)
        .ok()
        .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
}
