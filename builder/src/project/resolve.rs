//! Module resolution as TypeScript does it for a bundler: relative specifiers with extension
//! mapping and `index` files, and tsconfig `paths` / `baseUrl`.

use std::path::{Path, PathBuf};

use crate::paths;

const EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "cts", "js", "mjs", "cjs", "jsx"];

/// `compilerOptions.paths` of a tsconfig, made absolute.
#[derive(Debug, Clone, Default)]
pub struct TsPaths {
    /// The tsconfig these come from (named in resolution errors).
    pub source: PathBuf,
    base_url: Option<PathBuf>,
    /// (pattern, replacement targets); a pattern has at most one `*`.
    mappings: Vec<(String, Vec<String>)>,
    paths_base: PathBuf,
}

/// Why a tsconfig could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read tsconfig {path}: {message}")]
pub struct TsconfigError {
    pub path: PathBuf,
    pub message: String,
}

impl TsPaths {
    /// Reads `compilerOptions.baseUrl` and `paths` from a tsconfig (JSON with comments and trailing commas).
    pub fn load(path: &Path) -> Result<Self, TsconfigError> {
        let err = |message: String| TsconfigError {
            path: path.to_owned(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let json: serde_json::Value =
            jsonc_parser::parse_to_serde_value(&text, &jsonc_parser::ParseOptions::default())
                .map_err(|e| err(e.to_string()))?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let options = json.get("compilerOptions");
        let base_url = options
            .and_then(|o| o.get("baseUrl"))
            .and_then(|b| b.as_str())
            .map(|b| paths::normalize(&dir.join(b)));
        let mut mappings = Vec::new();
        if let Some(map) = options
            .and_then(|o| o.get("paths"))
            .and_then(|p| p.as_object())
        {
            for (pattern, targets) in map {
                let targets = targets
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|t| t.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                mappings.push((pattern.clone(), targets));
            }
        }
        let paths_base = base_url.clone().unwrap_or_else(|| dir.clone());
        Ok(TsPaths {
            source: path.to_owned(),
            base_url,
            mappings,
            paths_base,
        })
    }

    fn candidates(&self, specifier: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (pattern, targets) in &self.mappings {
            let captured = match pattern.split_once('*') {
                Some((prefix, suffix)) => specifier
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(suffix))
                    .map(str::to_owned),
                None => (pattern == specifier).then(String::new),
            };
            if let Some(captured) = captured {
                for target in targets {
                    out.push(self.paths_base.join(target.replacen('*', &captured, 1)));
                }
            }
        }
        if let Some(base) = &self.base_url {
            out.push(base.join(specifier));
        }
        out
    }
}

/// Resolves `specifier` imported from `importer` to an existing file, or `None` (a package, or missing).
pub fn resolve(importer: &Path, specifier: &str, ts_paths: Option<&TsPaths>) -> Option<PathBuf> {
    if specifier.starts_with('.') {
        let dir = importer.parent()?;
        return resolve_file(&paths::normalize(&dir.join(specifier)));
    }
    ts_paths?
        .candidates(specifier)
        .into_iter()
        .find_map(|c| resolve_file(&paths::normalize(&c)))
}

/// `base` as a file: TS extensions for `.js`-style specifiers, then added extensions, then `index.*`.
fn resolve_file(base: &Path) -> Option<PathBuf> {
    let base_str = base.to_string_lossy();
    let mapped: &[(&str, &[&str])] = &[
        (".js", &["ts", "tsx"]),
        (".mjs", &["mts"]),
        (".cjs", &["cts"]),
        (".jsx", &["tsx"]),
    ];
    for (js, ts) in mapped {
        if let Some(stem) = base_str.strip_suffix(js) {
            for ext in *ts {
                let candidate = PathBuf::from(format!("{stem}.{ext}"));
                if candidate.is_file() {
                    return Some(candidate);
                }
            }
        }
    }
    // The extension check first: a specifier without one costs no probe here.
    let has_extension = base
        .extension()
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e == *x));
    if has_extension && base.is_file() {
        return Some(base.to_owned());
    }
    for ext in EXTENSIONS {
        let candidate = PathBuf::from(format!("{base_str}.{ext}"));
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    for ext in EXTENSIONS {
        let candidate = base.join(format!("index.{ext}"));
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    None
}

#[cfg(test)]
#[allow(clippy::panic, reason = "tests")]
mod tests {
    use super::TsPaths;

    #[test]
    fn tsconfig_comments_trailing_commas_and_escapes_are_read() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("tsconfig.json");
        let text = "{ // c\n \"compilerOptions\": { \"baseUrl\": \"x\\\\\", /* b */ \"paths\": { \"@/*\": [\"./src/*\",], }, }, }";
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let paths = TsPaths::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            paths.mappings,
            vec![("@/*".to_owned(), vec!["./src/*".to_owned()])]
        );
        assert!(paths.base_url.is_some_and(|b| b.ends_with("x\\")));
    }
}
