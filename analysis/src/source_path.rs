//! `/`-separated relative paths, the form in canonical ids and in the cache.
//!
//! Pure string functions so builder and plugin (which sees Windows backslashes and
//! project-relative filenames) normalize identically.

/// Normalizes separators to `/` and resolves `.` and `..` segments lexically.
pub fn normalize(path: &str) -> String {
    let path = path.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if matches!(parts.last(), Some(last) if *last != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// The directory part of a `/`-separated path (`""` for a bare file name).
pub fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// Joins `base` and a relative `path`, normalized.
pub fn join(base: &str, path: &str) -> String {
    if base.is_empty() {
        normalize(path)
    } else {
        normalize(&format!("{base}/{path}"))
    }
}

/// The relative path from directory `base` to `path` (both normalized and relative to the same
/// directory), `/`-separated: `relative(".soda-cache", "src/a.ts")` is `../src/a.ts`. The
/// builder computes the same string from absolute paths; it names cache files.
pub fn relative(base: &str, path: &str) -> String {
    let split = |p: &str| -> Vec<String> {
        normalize(p)
            .split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .map(str::to_owned)
            .collect()
    };
    let (base, path) = (split(base), split(path));
    let common = base.iter().zip(&path).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = std::iter::repeat_n("..", base.len() - common).collect();
    parts.extend(path[common..].iter().map(String::as_str));
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

/// `path` relative to the directory `base` (both normalized, same root), or `None` when outside it.
pub fn strip_dir<'a>(base: &str, path: &'a str) -> Option<&'a str> {
    if base.is_empty() || base == "." {
        return Some(path);
    }
    let rest = path.strip_prefix(base)?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix('/')
    }
}

/// Drops a TypeScript/JavaScript source extension, then a trailing `/index`.
pub fn module_stem(path: &str) -> &str {
    const EXTENSIONS: &[&str] = &[
        ".d.ts", ".tsx", ".ts", ".mts", ".cts", ".jsx", ".js", ".mjs", ".cjs",
    ];
    let mut stem = path;
    for ext in EXTENSIONS {
        if let Some(s) = stem.strip_suffix(ext) {
            stem = s;
            break;
        }
    }
    stem.strip_suffix("/index")
        .unwrap_or(if stem == "index" { "" } else { stem })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_windows_and_dot_segments() {
        assert_eq!(normalize("C:\\app\\src\\.\\a\\..\\b.ts"), "C:/app/src/b.ts");
        assert_eq!(normalize("/cwd/./src//x.ts"), "/cwd/src/x.ts");
        assert_eq!(normalize("../a/./b"), "../a/b");
        assert_eq!(join("src/pages", "../graphql-system"), "src/graphql-system");
    }

    #[test]
    fn relative_paths_between_directories() {
        assert_eq!(relative(".soda-cache", "src/a.ts"), "../src/a.ts");
        assert_eq!(relative("", "src/a.ts"), "src/a.ts");
        assert_eq!(
            relative("web/.cache/soda", "web/src/a.ts"),
            "../../src/a.ts"
        );
        assert_eq!(relative("a/b", "a/b"), ".");
    }

    #[test]
    fn strips_directories_and_module_stems() {
        assert_eq!(strip_dir("/cwd", "/cwd/src/a.ts"), Some("src/a.ts"));
        assert_eq!(strip_dir("/cwd", "/cwdx/a.ts"), None);
        assert_eq!(strip_dir("", "src/a.ts"), Some("src/a.ts"));
        assert_eq!(
            module_stem("src/graphql-system/index.ts"),
            "src/graphql-system"
        );
        assert_eq!(module_stem("src/graphql-system.js"), "src/graphql-system");
        assert_eq!(module_stem("src/a.d.ts"), "src/a");
    }
}
