//! Filesystem path helpers. Paths stored in the cache and in ids are `/`-separated and relative.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the current directory (lexically, without touching the disk).
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        normalize(path)
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        normalize(&cwd.join(path))
    }
}

/// Removes `.` and resolves `..` lexically.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` relative to `base`, `/`-separated; `..` segments where `path` is outside `base`.
pub fn relative_slash(base: &Path, path: &Path) -> String {
    // The common case (a discovered file under the config dir) needs no normalization: a plain
    // rest after `base` is the answer, since normalizing `base` and `base/rest` agrees on it.
    if let Some(rest) = plain_rest(base, path) {
        return rest;
    }
    let (base, path) = (normalize(base), normalize(path));
    let base: Vec<_> = base.components().collect();
    let path: Vec<_> = path.components().collect();
    let common = base.iter().zip(&path).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> =
        std::iter::repeat_n("..".to_owned(), base.len() - common).collect();
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

/// `path` minus `base/`, when what is left is plain segments (no `.`, `..` or empty ones),
/// compared as bytes.
fn plain_rest(base: &Path, path: &Path) -> Option<String> {
    let (base, path) = (
        base.as_os_str().as_encoded_bytes(),
        path.as_os_str().as_encoded_bytes(),
    );
    let base = base.strip_suffix(b"/").unwrap_or(base);
    let rest = path.strip_prefix(base)?.strip_prefix(b"/")?;
    let plain = rest
        .split(|&b| b == b'/')
        .all(|segment| !matches!(segment, b"" | b"." | b".."));
    // Only `/` separates on this platform; elsewhere leave it to the component walk.
    (plain && std::path::MAIN_SEPARATOR == '/').then(|| String::from_utf8_lossy(rest).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_use_slashes_and_dotdot() {
        assert_eq!(
            relative_slash(Path::new("/a/b"), Path::new("/a/b/c/d.ts")),
            "c/d.ts"
        );
        assert_eq!(
            relative_slash(Path::new("/a/b/.soda-cache"), Path::new("/a/b")),
            ".."
        );
        assert_eq!(relative_slash(Path::new("/a/b"), Path::new("/a/b")), ".");
        assert_eq!(
            relative_slash(Path::new("/a/b"), Path::new("/a/x/./y/../z.ts")),
            "../x/z.ts"
        );
        assert_eq!(
            relative_slash(Path::new("/a/b/../c"), Path::new("/a/b/../c/d//e.ts")),
            "d/e.ts"
        );
        assert_eq!(
            relative_slash(Path::new("/a/b"), Path::new("/a/b/../c/d.ts")),
            "../c/d.ts"
        );
    }
}
