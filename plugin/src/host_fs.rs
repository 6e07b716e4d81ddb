//! The host's files as the plugin can see them.
//!
//! Inside the Wasm sandbox only the host's working directory is readable, mounted at `/cwd`.
//! Hosts name files absolutely (webpack, Vite, @swc/jest), relative to the project
//! (Turbopack) or with Windows backslashes; all become paths relative to the host cwd here.

use std::path::PathBuf;

use soda_analysis::source_path;

/// The host's working directory and where it is readable from this process.
#[derive(Debug, Clone)]
pub struct HostFs {
    /// The host's cwd as the host names it (transform metadata `Cwd`), normalized to `/`.
    host_cwd: String,
    /// Where that directory is readable (`/cwd` in the sandbox; the real directory natively).
    mount: PathBuf,
}

/// A path the plugin cannot read because it lies outside the host's cwd.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path} is outside the directory the build runs in ({cwd}); the SWC plugin can only read files under it. Keep the cache at or below that directory (the default `.soda-cache` beside the config), or run the build from a parent directory")]
pub struct OutsideCwd {
    /// The path as given.
    pub path: String,
    /// The host cwd.
    pub cwd: String,
}

fn is_absolute(path: &str) -> bool {
    path.starts_with('/') || path.as_bytes().get(1) == Some(&b':')
}

impl HostFs {
    /// `host_cwd` as reported by the host, readable at `mount`.
    pub fn new(host_cwd: &str, mount: impl Into<PathBuf>) -> Self {
        HostFs {
            host_cwd: source_path::normalize(host_cwd),
            mount: mount.into(),
        }
    }

    /// `path` (absolute, or relative to the host cwd) relative to the host cwd, `/`-separated.
    pub fn relative(&self, path: &str) -> Result<String, OutsideCwd> {
        let normalized = source_path::normalize(path);
        let outside = || OutsideCwd {
            path: path.to_owned(),
            cwd: self.host_cwd.clone(),
        };
        let relative = if is_absolute(&normalized) {
            let strip = |cwd: &str, p: &str| source_path::strip_dir(cwd, p).map(str::to_owned);
            // Drive letters compare case-insensitively on Windows.
            strip(&self.host_cwd, &normalized)
                .or_else(|| {
                    strip(
                        &self.host_cwd.to_ascii_lowercase(),
                        &normalized.to_ascii_lowercase(),
                    )
                })
                .ok_or_else(outside)?
        } else {
            normalized
        };
        if relative == ".." || relative.starts_with("../") {
            return Err(outside());
        }
        Ok(relative)
    }

    /// Where a cwd-relative path is readable.
    pub fn readable(&self, relative: &str) -> PathBuf {
        if relative.is_empty() {
            self.mount.clone()
        } else {
            self.mount.join(relative)
        }
    }

    /// `text` with paths under the mount shown as the host names them (`/cwd/x` → `<host cwd>/x`).
    pub fn host_display(&self, text: &str) -> String {
        text.replace(&*self.mount.to_string_lossy(), &self.host_cwd)
    }

    /// The host cwd as the host names it.
    pub fn host_cwd(&self) -> &str {
        &self.host_cwd
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_relative_and_windows_filenames_map_to_the_cwd() {
        let fs = HostFs::new("/home/app", "/cwd");
        assert_eq!(fs.relative("/home/app/src/a.ts"), Ok("src/a.ts".into()));
        assert_eq!(fs.relative("src/a.ts"), Ok("src/a.ts".into()));
        assert_eq!(fs.relative("./src/../src/a.ts"), Ok("src/a.ts".into()));
        assert!(fs.relative("/home/other/a.ts").is_err());
        assert!(fs.relative("../a.ts").is_err());
        let windows = HostFs::new("C:\\Users\\me\\app", "/cwd");
        assert_eq!(
            windows.relative("C:\\Users\\me\\app\\src\\a.ts"),
            Ok("src/a.ts".into())
        );
        assert_eq!(
            windows.relative("c:\\users\\me\\app\\src\\a.ts"),
            Ok("src/a.ts".into())
        );
        assert_eq!(fs.readable("src/a.ts"), PathBuf::from("/cwd/src/a.ts"));
    }
}
