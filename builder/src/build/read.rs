//! Reading a source: its text, hash and stat from one open file, or the coded diagnostic that
//! says why it cannot be read.

use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{BuilderCode, Diagnostic, FileId};

/// A source file as read.
pub struct ReadSource {
    pub text: Arc<str>,
    /// xxh3 of the bytes.
    pub hash: u64,
    /// Size, mtime (ns) and inode of the open file.
    pub stat: Option<(u64, u64, u64)>,
}

/// The file's text, hash and stat, or the diagnostic that says why it cannot be read.
pub fn read_source(path: &Path) -> Result<ReadSource, impl FnOnce(FileId) -> Diagnostic> {
    use std::io::Read;
    let failed =
        |code: BuilderCode, message: String| move |file: FileId| code.spanning(file, 0..0, message);
    let read = (|| {
        let mut file = std::fs::File::open(path)?;
        let metadata = file.metadata()?;
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
        // Through `take`: `File::read_to_end` would ask for the size and the position again
        // (an `fstat` and an `lseek` per source); the buffer is already sized.
        (&mut file).take(u64::MAX).read_to_end(&mut bytes)?;
        Ok::<_, std::io::Error>((bytes, crate::session::state::stat_of(&metadata)))
    })();
    let (bytes, stat) = match read {
        Ok(read) => read,
        Err(error) => {
            return Err(failed(
                BuilderCode::ReadFailed,
                format!("cannot read {}: {error}", path.display()),
            ))
        }
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(ReadSource {
            text: Arc::from(text),
            hash,
            stat,
        }),
        Err(error) => Err(failed(
            BuilderCode::InvalidUtf8,
            format!(
                "{} is not valid UTF-8 (first invalid byte at offset {})",
                path.display(),
                error.utf8_error().valid_up_to()
            ),
        )),
    }
}
