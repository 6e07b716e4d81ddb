//! Module resolution as TypeScript does it for a bundler: relative specifiers with extension
//! mapping and `index` files, and tsconfig `paths` / `baseUrl`.

use std::path::{Path, PathBuf};
use std::sync::RwLock;

use rustc_hash::FxHashMap;

use crate::paths;

const EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "cts", "js", "mjs", "cjs", "jsx"];

/// `compilerOptions.paths` of a tsconfig (and of the configs it `extends`), made absolute.
#[derive(Debug, Clone, Default)]
pub struct TsPaths {
    /// The tsconfig these come from.
    pub source: PathBuf,
    /// How resolution errors name it (the path relative to the config dir, once the build
    /// knows it; the file name until then).
    pub display: String,
    /// Every tsconfig read: `source` and the configs it extends (they all invalidate a build).
    pub files: Vec<PathBuf>,
    base_url: Option<PathBuf>,
    /// (pattern, replacement targets); a pattern has at most one `*`.
    mappings: Mappings,
    paths_base: PathBuf,
}

/// `compilerOptions.paths`: (pattern, replacement targets).
type Mappings = Vec<(String, Vec<String>)>;

/// Why a tsconfig could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read tsconfig {path}: {message}")]
pub struct TsconfigError {
    pub path: PathBuf,
    pub message: String,
}

/// The options one tsconfig of an `extends` chain contributes; a child's replace its parents'.
#[derive(Debug, Default)]
struct TsOptions {
    base_url: Option<PathBuf>,
    /// `paths`, with the directory of the tsconfig that declares them.
    paths: Option<(Mappings, PathBuf)>,
}

impl TsOptions {
    fn overridden_by(self, child: TsOptions) -> TsOptions {
        TsOptions {
            base_url: child.base_url.or(self.base_url),
            paths: child.paths.or(self.paths),
        }
    }
}

/// How many `extends` links are followed before a chain is called circular.
const MAX_EXTENDS_DEPTH: usize = 32;

impl TsPaths {
    /// Reads `compilerOptions.baseUrl` and `paths` from a tsconfig (JSON with comments and
    /// trailing commas), following `extends` as TypeScript does: relative paths, package
    /// names (from `node_modules`), arrays; the nearest config's options win.
    pub fn load(path: &Path) -> Result<Self, TsconfigError> {
        let mut files = Vec::new();
        let options = read_options(path, &mut files, 0)?;
        let (mappings, paths_dir) = options.paths.unwrap_or_default();
        let paths_base = options.base_url.clone().unwrap_or(paths_dir);
        Ok(TsPaths {
            source: path.to_owned(),
            display: path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            files,
            base_url: options.base_url,
            mappings,
            paths_base,
        })
    }

    /// Whether `specifier` matches one of the `paths` patterns.
    pub fn maps(&self, specifier: &str) -> bool {
        self.mappings
            .iter()
            .any(|(pattern, _)| captured(pattern, specifier).is_some())
    }

    fn candidates(&self, specifier: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (pattern, targets) in &self.mappings {
            if let Some(captured) = captured(pattern, specifier) {
                for target in targets {
                    out.push(self.paths_base.join(target.replacen('*', captured, 1)));
                }
            }
        }
        if let Some(base) = &self.base_url {
            out.push(base.join(specifier));
        }
        out
    }
}

/// What a `paths` pattern's `*` stands for in `specifier` (empty for a pattern without one), or
/// `None` when the pattern does not match.
fn captured<'s>(pattern: &str, specifier: &'s str) -> Option<&'s str> {
    match pattern.split_once('*') {
        Some((prefix, suffix)) => specifier
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix)),
        None => (pattern == specifier).then_some(""),
    }
}

/// The options of the tsconfig at `path` merged over those of the configs it extends.
fn read_options(
    path: &Path,
    files: &mut Vec<PathBuf>,
    depth: usize,
) -> Result<TsOptions, TsconfigError> {
    let err = |message: String| TsconfigError {
        path: path.to_owned(),
        message,
    };
    if depth > MAX_EXTENDS_DEPTH || files.iter().any(|f| f == path) {
        return Err(err("its `extends` chain is circular".into()));
    }
    files.push(path.to_owned());
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    let json: serde_json::Value =
        jsonc_parser::parse_to_serde_value(&text, &jsonc_parser::ParseOptions::default())
            .map_err(|e| err(e.to_string()))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let parents: Vec<&str> = match json.get("extends") {
        Some(serde_json::Value::String(one)) => vec![one.as_str()],
        Some(serde_json::Value::Array(many)) => many.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    };
    let mut options = TsOptions::default();
    // A config it extends that is not installed (`expo/tsconfig.base` without `node_modules`)
    // contributes nothing: only `paths` matter here, and an import they would have resolved
    // is reported where it is used, naming this tsconfig.
    for parent_path in parents.iter().filter_map(|p| extended_config(&dir, p)) {
        options = options.overridden_by(read_options(&parent_path, files, depth + 1)?);
    }
    Ok(options.overridden_by(own_options(&json, &dir)))
}

/// `baseUrl` and `paths` of one tsconfig, made absolute against its directory.
fn own_options(json: &serde_json::Value, dir: &Path) -> TsOptions {
    let options = json.get("compilerOptions");
    let base_url = options
        .and_then(|o| o.get("baseUrl"))
        .and_then(|b| b.as_str())
        .map(|b| paths::normalize(&dir.join(b)));
    let paths = options
        .and_then(|o| o.get("paths"))
        .and_then(|p| p.as_object())
        .map(|map| {
            let mappings = map
                .iter()
                .map(|(pattern, targets)| {
                    let targets = targets
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|t| t.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    (pattern.clone(), targets)
                })
                .collect();
            (mappings, dir.to_owned())
        });
    TsOptions { base_url, paths }
}

/// Where an `extends` entry points: a path relative to the extending config, or a package
/// config found in `node_modules` of its directory or an ancestor; `.json` may be left out.
fn extended_config(dir: &Path, specifier: &str) -> Option<PathBuf> {
    let with_json = |base: PathBuf| -> Option<PathBuf> {
        let mut named = base.clone().into_os_string();
        named.push(".json");
        [
            base.clone(),
            PathBuf::from(named),
            base.join("tsconfig.json"),
        ]
        .into_iter()
        .find(|candidate| candidate.is_file())
    };
    if specifier.starts_with('.') || Path::new(specifier).is_absolute() {
        return with_json(paths::normalize(&dir.join(specifier)));
    }
    dir.ancestors()
        .find_map(|ancestor| with_json(ancestor.join("node_modules").join(specifier)))
}

/// Resolves `specifier` imported from `importer` to an existing file, or `None` (a package, or missing).
pub fn resolve(importer: &Path, specifier: &str, ts_paths: Option<&TsPaths>) -> Option<PathBuf> {
    resolve_with(importer, specifier, ts_paths, |base| resolve_file(&base))
}

/// [`resolve`] with `file` turning each candidate base path into a file.
fn resolve_with(
    importer: &Path,
    specifier: &str,
    ts_paths: Option<&TsPaths>,
    file: impl Fn(PathBuf) -> Option<PathBuf>,
) -> Option<PathBuf> {
    if specifier.starts_with('.') {
        let dir = importer.parent()?;
        return file(paths::normalize(&dir.join(specifier)));
    }
    ts_paths?
        .candidates(specifier)
        .into_iter()
        .find_map(|c| file(paths::normalize(&c)))
}

/// [`resolve`] with the files it found kept: the files of a project import the same few
/// modules (every definition file the graphql-system), and each candidate of a lookup costs a
/// `stat`. Lives for one analysis run only, since files may appear between runs.
#[derive(Default)]
pub struct ResolveMemo {
    files: RwLock<FxHashMap<PathBuf, Option<PathBuf>>>,
}

impl ResolveMemo {
    /// [`resolve`], answered from the memo when a file already looked up the same base path.
    pub fn resolve(
        &self,
        importer: &Path,
        specifier: &str,
        ts_paths: Option<&TsPaths>,
    ) -> Option<PathBuf> {
        resolve_with(importer, specifier, ts_paths, |base| {
            if let Some(hit) = self.files.read().ok().and_then(|m| m.get(&base).cloned()) {
                return hit;
            }
            let found = resolve_file(&base);
            if let Ok(mut memo) = self.files.write() {
                memo.insert(base, found.clone());
            }
            found
        })
    }
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
#[allow(clippy::panic, clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::{resolve, ResolveMemo, TsPaths};

    #[test]
    fn the_memo_answers_as_resolve_does_and_keeps_its_answers_for_the_run() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        for file in ["src/a/x.ts", "src/b/y.ts", "src/graphql-system/index.ts"] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap_or(root))
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(path, "").unwrap_or_else(|e| panic!("{e}"));
        }
        let memo = ResolveMemo::default();
        let (x, y) = (root.join("src/a/x.ts"), root.join("src/b/y.ts"));
        // Two importers in different directories reach the same base path; a missing module
        // and a package resolve to nothing.
        for (importer, specifier) in [
            (&x, "../graphql-system"),
            (&y, "../graphql-system"),
            (&x, "./missing"),
            (&x, "react"),
        ] {
            assert_eq!(
                memo.resolve(importer, specifier, None),
                resolve(importer, specifier, None),
                "{specifier} from {}",
                importer.display()
            );
        }
        assert_eq!(
            memo.resolve(&y, "../graphql-system", None),
            Some(root.join("src/graphql-system/index.ts"))
        );
        // Within one run the memo's answer stands (files appearing mid-build are the next
        // run's); a new memo sees the file.
        std::fs::write(root.join("src/a/missing.ts"), "").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(memo.resolve(&x, "./missing", None), None);
        assert_eq!(
            ResolveMemo::default().resolve(&x, "./missing", None),
            Some(root.join("src/a/missing.ts"))
        );
    }

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

    #[test]
    fn extends_chains_are_followed_and_the_nearest_options_win() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap_or(root))
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
        };
        // A package config declares paths relative to itself; a local base sets baseUrl.
        write(
            "node_modules/@org/tsconfig/base.json",
            r#"{ "compilerOptions": { "paths": { "@pkg/*": ["./pkg/*"] } } }"#,
        );
        write(
            "configs/base.json",
            r#"{ "compilerOptions": { "baseUrl": "../src" } }"#,
        );
        write(
            "tsconfig.json",
            r#"{ "extends": ["@org/tsconfig/base", "./configs/base"] }"#,
        );
        let paths = TsPaths::load(&root.join("tsconfig.json")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(paths.files.len(), 3);
        assert_eq!(paths.mappings[0].0, "@pkg/*");
        // `paths` resolve against the inherited baseUrl, as TypeScript resolves them.
        assert_eq!(paths.paths_base, root.join("src"));

        // The child's own `paths` replace the inherited ones.
        write(
            "tsconfig.json",
            r#"{ "extends": "./configs/base.json", "compilerOptions": { "paths": { "@/*": ["./*"] } } }"#,
        );
        let paths = TsPaths::load(&root.join("tsconfig.json")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            paths.mappings,
            vec![("@/*".to_owned(), vec!["./*".to_owned()])]
        );

        write("configs/base.json", r#"{ "extends": "../tsconfig.json" }"#);
        let error = TsPaths::load(&root.join("tsconfig.json"))
            .map(|_| ())
            .unwrap_err();
        assert!(error.to_string().contains("circular"), "{error}");
        // An extended config that is not there (a package not installed) adds nothing.
        write(
            "tsconfig.json",
            r#"{ "extends": ["expo/tsconfig.base", "./missing"], "compilerOptions": { "paths": { "@/*": ["./*"] } } }"#,
        );
        let paths = TsPaths::load(&root.join("tsconfig.json")).unwrap();
        assert_eq!(paths.files.len(), 1);
        assert_eq!(paths.mappings.len(), 1);
    }
}
