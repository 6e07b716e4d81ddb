//! What every build reads before it looks at sources: the schemas (each file read once, for
//! the cache's config hash and for validation), tsconfig `paths`, the source globs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use apollo_compiler::Schema;

use super::BuildError;
use crate::config::Config;
use crate::document::schema_index::SchemaIndex;
use crate::project::discover::SourceFilter;
use crate::project::resolve::TsPaths;

/// The inputs of one build besides the sources.
pub struct BuildInputs {
    pub config: Config,
    pub schemas: HashMap<String, Arc<SchemaIndex>>,
    /// Hash of the config text, the tool version and every schema text.
    pub config_hash: u64,
    pub ts_paths: Option<TsPaths>,
    pub filter: SourceFilter,
}

impl BuildInputs {
    /// Reads and validates the schemas, the tsconfig and the globs of `config`.
    pub fn load(config: Config) -> Result<Self, BuildError> {
        Self::load_alongside(config, |_, _| ()).map(|(inputs, ())| inputs)
    }

    /// [`Self::load`], running `alongside` (discovery: it needs only the config and the globs)
    /// on another thread while the schemas are parsed and validated.
    pub fn load_alongside<T: Send>(
        config: Config,
        alongside: impl FnOnce(&Config, &SourceFilter) -> T + Send,
    ) -> Result<(Self, T), BuildError> {
        let texts = schema_texts(&config)?;
        let ts_paths = load_ts_paths(&config)?;
        let config_hash = hash_texts(&config, &texts, ts_paths.as_ref());
        let filter = SourceFilter::new(&config)?;
        let (schemas, extra) = rayon::join(
            || build_schemas(&config, texts),
            || alongside(&config, &filter),
        );
        let inputs = BuildInputs {
            schemas: schemas?,
            config,
            config_hash,
            ts_paths,
            filter,
        };
        Ok((inputs, extra))
    }

    /// Every file the whole build depends on besides the sources: the config and the modules
    /// it imports, the schemas, the tsconfig and the configs it extends.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.config.path.clone()];
        for schema in &self.config.schemas {
            files.extend(schema.schema_files.iter().cloned());
        }
        files.extend(self.config.tsconfig_path.iter().cloned());
        files.extend(self.ts_paths.iter().flat_map(|t| t.files.iter().cloned()));
        files.extend(self.config.imported_files.iter().cloned());
        files.sort();
        files.dedup();
        files
    }
}

/// Hash of the config text and every schema text: what invalidates a whole cache.
pub fn hash_config(config: &Config) -> Result<u64, BuildError> {
    let ts_paths = load_ts_paths(config)?;
    Ok(hash_texts(
        config,
        &schema_texts(config)?,
        ts_paths.as_ref(),
    ))
}

fn load_ts_paths(config: &Config) -> Result<Option<TsPaths>, BuildError> {
    let Some(path) = config.tsconfig_path.as_deref() else {
        return Ok(None);
    };
    let mut ts_paths = TsPaths::load(path)?;
    ts_paths.display = config.relative(path);
    Ok(Some(ts_paths))
}

/// The text of every schema file, per schema in config order.
fn schema_texts(config: &Config) -> Result<Vec<Vec<(&Path, String)>>, BuildError> {
    config
        .schemas
        .iter()
        .map(|schema| {
            schema
                .schema_files
                .iter()
                .map(|path| {
                    std::fs::read_to_string(path)
                        .map(|text| (path.as_path(), text))
                        .map_err(|source| BuildError::SchemaIo {
                            path: path.clone(),
                            source,
                        })
                })
                .collect()
        })
        .collect()
}

/// The config text, the tool version, every schema text, and the text of every module the
/// config imports and of every tsconfig followed: an edit of any of them invalidates the cache.
fn hash_texts(config: &Config, texts: &[Vec<(&Path, String)>], ts_paths: Option<&TsPaths>) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut add = |bytes: &[u8]| {
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    add(config.source_text.as_bytes());
    add(env!("CARGO_PKG_VERSION").as_bytes());
    for (_, text) in texts.iter().flatten() {
        add(text.as_bytes());
    }
    let dependencies = config
        .imported_files
        .iter()
        .chain(ts_paths.iter().flat_map(|t| t.files.iter()));
    for file in dependencies {
        // Named relative to the config: a cache built at one path stays valid at another.
        add(config.relative(file).as_bytes());
        add(&std::fs::read(file).unwrap_or_default());
    }
    hasher.digest()
}

fn build_schemas(
    config: &Config,
    texts: Vec<Vec<(&Path, String)>>,
) -> Result<HashMap<String, Arc<SchemaIndex>>, BuildError> {
    let mut schemas = HashMap::new();
    for (schema, files) in config.schemas.iter().zip(texts) {
        let mut builder = Schema::builder();
        for (path, text) in files {
            builder = builder.parse(text, config.relative(path));
        }
        let invalid = |report: String| BuildError::SchemaInvalid {
            name: schema.name.clone(),
            report,
        };
        let built = builder.build().map_err(|e| invalid(e.errors.to_string()))?;
        let valid = built
            .validate()
            .map_err(|e| invalid(e.errors.to_string()))?;
        schemas.insert(schema.name.clone(), Arc::new(SchemaIndex { schema: valid }));
    }
    Ok(schemas)
}
