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
        let texts = schema_texts(&config)?;
        let config_hash = hash_texts(&config, &texts);
        let schemas = build_schemas(&config, texts)?;
        let ts_paths = config
            .tsconfig_path
            .as_deref()
            .map(TsPaths::load)
            .transpose()?;
        let filter = SourceFilter::new(&config)?;
        Ok(BuildInputs {
            config,
            schemas,
            config_hash,
            ts_paths,
            filter,
        })
    }

    /// Every file the whole build depends on besides the sources: the config, the schemas, the tsconfig.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.config.path.clone()];
        for schema in &self.config.schemas {
            files.extend(schema.schema_files.iter().cloned());
        }
        files.extend(self.config.tsconfig_path.iter().cloned());
        files.extend(self.config.imported_files.iter().cloned());
        files
    }
}

/// Hash of the config text and every schema text: what invalidates a whole cache.
pub fn hash_config(config: &Config) -> Result<u64, BuildError> {
    Ok(hash_texts(config, &schema_texts(config)?))
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

fn hash_texts(config: &Config, texts: &[Vec<(&Path, String)>]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(config.source_text.as_bytes());
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (_, text) in texts.iter().flatten() {
        hasher.update(&(text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    if let Some(tsconfig) = config.tsconfig_path.as_deref() {
        hasher.update(std::fs::read(tsconfig).unwrap_or_default().as_slice());
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
