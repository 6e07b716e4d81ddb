//! The project config: `soda-gql.config.{json,ts,mts}`, found by walking up from the cwd.

mod static_ts;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::paths;

/// Config file names, in the order they are looked for in each directory.
pub const CONFIG_FILE_NAMES: &[&str] = &[
    "soda-gql.config.ts",
    "soda-gql.config.mts",
    "soda-gql.config.json",
];
const DEFAULT_ALIAS: &str = "@/graphql-system";
const DEFAULT_CACHE_DIR: &str = ".soda-cache";

/// A loaded, validated config with every path made absolute.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file.
    pub path: PathBuf,
    /// The directory the config lives in; every relative path in it is relative to this.
    pub dir: PathBuf,
    /// The graphql-system directory (`outdir`).
    pub outdir: PathBuf,
    /// Import specifiers that denote the graphql-system module.
    pub graphql_system_aliases: Vec<String>,
    /// Include globs (relative to `dir`); `!`-prefixed entries exclude.
    pub include: Vec<String>,
    /// Exclude globs (relative to `dir`).
    pub exclude: Vec<String>,
    /// Schemas by name, in config order.
    pub schemas: Vec<SchemaConfig>,
    /// `tsconfig.json` whose `paths` / `baseUrl` are followed.
    pub tsconfig_path: Option<PathBuf>,
    /// Where the cache is written.
    pub cache_dir: PathBuf,
    /// The raw config text, part of the cache's config hash.
    pub source_text: String,
    /// Modules the config imports (a `.ts` config spreading a base object): watched like the config.
    pub imported_files: Vec<PathBuf>,
}

/// One entry of `schemas`.
#[derive(Debug, Clone)]
pub struct SchemaConfig {
    /// The key (`default` in `gql.default`).
    pub name: String,
    /// SDL files, concatenated in order.
    pub schema_files: Vec<PathBuf>,
    /// Files the config injects (scalars, adapters): the plugin stubs them out.
    pub inject_files: Vec<PathBuf>,
}

/// Why the config could not be loaded. Always names the file; a static-evaluation error names the property and line.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("no soda-gql.config.ts, .mts or .json found in {start} or any parent directory")]
    NotFound { start: PathBuf },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: invalid JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path}:{line}: {message}")]
    Static {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawConfig {
    outdir: String,
    #[serde(default)]
    graphql_system_aliases: Option<Vec<String>>,
    #[serde(default)]
    include: Option<StringOrList>,
    #[serde(default)]
    exclude: Option<StringOrList>,
    schemas: BTreeMapInOrder,
    #[serde(default)]
    tsconfig_path: Option<String>,
    #[serde(default)]
    analyzer: Option<String>,
    #[serde(default)]
    styles: Option<serde_json::Value>,
    #[serde(default)]
    plugins: Option<serde_json::Value>,
    #[serde(default)]
    cache: Option<RawCacheConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawCacheConfig {
    #[serde(default)]
    dir: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl StringOrList {
    fn into_vec(self) -> Vec<String> {
        match self {
            StringOrList::One(s) => vec![s],
            StringOrList::Many(v) => v,
        }
    }
}

/// `schemas` keeps config order (serde_json's `preserve_order`).
type BTreeMapInOrder = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawSchema {
    schema: StringOrList,
    #[serde(default)]
    inject: Option<RawInject>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawInject {
    Path(String),
    Named(BTreeMap<String, String>),
}

impl Config {
    /// Finds the config by walking up from `start`.
    pub fn discover(start: &Path) -> Result<Self, ConfigError> {
        for dir in start.ancestors() {
            for name in CONFIG_FILE_NAMES {
                let candidate = dir.join(name);
                if candidate.is_file() {
                    return Self::load(&candidate);
                }
            }
        }
        Err(ConfigError::NotFound {
            start: start.to_owned(),
        })
    }

    /// Loads the config at `path` (JSON, or a TypeScript file read statically).
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let path = paths::absolute(path);
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
            path: path.clone(),
            source,
        })?;
        let (value, imported_files) = if path.extension().is_some_and(|e| e == "json") {
            let value = serde_json::from_str(&text).map_err(|source| ConfigError::Json {
                path: path.clone(),
                source,
            })?;
            (value, Vec::new())
        } else {
            static_ts::default_export_value(&path, &text)?
        };
        let mut config = Self::from_value(path, text, value)?;
        config.imported_files = imported_files;
        Ok(config)
    }

    fn from_value(
        path: PathBuf,
        text: String,
        value: serde_json::Value,
    ) -> Result<Self, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: path.clone(),
            message,
        };
        let raw: RawConfig = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let _ = (&raw.analyzer, &raw.styles, &raw.plugins);
        if raw.schemas.is_empty() {
            return Err(invalid("`schemas` must name at least one schema".into()));
        }
        let mut schemas = Vec::with_capacity(raw.schemas.len());
        for (name, value) in raw.schemas {
            let raw_schema: RawSchema = serde_json::from_value(value)
                .map_err(|e| invalid(format!("schemas.{name}: {e}")))?;
            let inject_files = match raw_schema.inject {
                None => Vec::new(),
                Some(RawInject::Path(p)) => vec![dir.join(p)],
                Some(RawInject::Named(map)) => map.into_values().map(|p| dir.join(p)).collect(),
            };
            schemas.push(SchemaConfig {
                name,
                schema_files: raw_schema
                    .schema
                    .into_vec()
                    .into_iter()
                    .map(|p| paths::normalize(&dir.join(p)))
                    .collect(),
                inject_files: inject_files
                    .into_iter()
                    .map(|p| paths::normalize(&p))
                    .collect(),
            });
        }
        let cache_dir = raw
            .cache
            .and_then(|c| c.dir)
            .unwrap_or_else(|| DEFAULT_CACHE_DIR.to_owned());
        Ok(Config {
            outdir: paths::normalize(&dir.join(&raw.outdir)),
            graphql_system_aliases: raw
                .graphql_system_aliases
                .unwrap_or_else(|| vec![DEFAULT_ALIAS.to_owned()]),
            include: raw
                .include
                .map(StringOrList::into_vec)
                .unwrap_or_else(|| vec!["**/*".to_owned()]),
            exclude: raw.exclude.map(StringOrList::into_vec).unwrap_or_default(),
            schemas,
            // A TypeScript project's `tsconfig.json` beside the config is followed unless another is named.
            tsconfig_path: raw
                .tsconfig_path
                .map(|p| paths::normalize(&dir.join(p)))
                .or_else(|| Some(dir.join("tsconfig.json")).filter(|p| p.is_file())),
            cache_dir: paths::normalize(&dir.join(cache_dir)),
            source_text: text,
            imported_files: Vec::new(),
            path,
            dir,
        })
    }

    /// The schema named `name`.
    pub fn schema(&self, name: &str) -> Option<&SchemaConfig> {
        self.schemas.iter().find(|s| s.name == name)
    }

    /// `path` relative to the config dir, `/`-separated (the form canonical ids use).
    pub fn relative(&self, path: &Path) -> String {
        paths::relative_slash(&self.dir, path)
    }
}

#[cfg(test)]
#[allow(clippy::panic, reason = "tests")]
mod tests;
