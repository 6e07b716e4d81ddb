//! One build: config → sources → analyses → compiled definitions → cache (and `--json`).

pub(crate) mod analyze;
pub(crate) mod compile;
pub mod emit;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use apollo_compiler::Schema;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, SourceFiles};
use crate::document::schema_index::SchemaIndex;
use crate::project::discover::{discover, GlobError, SourceFilter};
use crate::project::resolve::{TsPaths, TsconfigError};

pub use analyze::{AnalyzedDefinition, FileAnalysis};
pub use compile::{CompiledDefinition, DefinitionTable, Dependencies};

/// Infrastructure failures: the build cannot run (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Glob(#[from] GlobError),
    #[error(transparent)]
    Tsconfig(#[from] TsconfigError),
    #[error("cannot read schema {path}: {source}")]
    SchemaIo {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("schema `{name}` is invalid:\n{report}")]
    SchemaInvalid { name: String, report: String },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot encode the cache: {0}")]
    Encode(String),
}

/// What to produce besides the cache.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Also write soda-gql's artifact JSON here.
    pub json: Option<PathBuf>,
    /// Skip writing the cache (for tests of the compiler alone).
    pub skip_cache: bool,
}

/// Time spent in each phase.
#[derive(Debug, Clone, Default)]
pub struct PhaseTimes {
    pub schemas: Duration,
    pub discover: Duration,
    pub analyze: Duration,
    pub compile: Duration,
    pub write: Duration,
}

/// The outcome of a build.
#[derive(Debug)]
pub struct BuildReport {
    /// Every source file read, for printing diagnostics.
    pub sources: SourceFiles,
    /// Source files analysed.
    pub files: usize,
    /// Compiled definitions in canonical-id order, with their diagnostics.
    pub definitions: DefinitionTable,
    /// All diagnostics (errors and warnings), deduplicated, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
    /// Cache files written (unchanged files are not rewritten).
    pub files_written: usize,
    /// Bytes written to the cache.
    pub bytes_written: u64,
    /// Per-phase timings.
    pub times: PhaseTimes,
    /// Total wall time.
    pub elapsed: Duration,
}

impl BuildReport {
    /// Whether user code has errors (exit status 1).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
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
        hasher.update(text.as_bytes());
    }
    hasher.digest()
}

/// Loads and validates every schema of the config (each file read once); the hash is [`hash_config`].
pub fn load_schemas(
    config: &Config,
) -> Result<(HashMap<String, Arc<SchemaIndex>>, u64), BuildError> {
    let texts = schema_texts(config)?;
    let config_hash = hash_texts(config, &texts);
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
    Ok((schemas, config_hash))
}

/// The texts of `analyses`, for printing diagnostics (`FileId` = position).
pub fn source_files(analyses: &[FileAnalysis]) -> SourceFiles {
    let mut sources = SourceFiles::default();
    for analysis in analyses {
        sources.add(analysis.relative_path.clone(), analysis.text.clone());
    }
    sources
}

/// Every diagnostic of the analyses and the compiled definitions, deduplicated, in source order.
pub fn collect_diagnostics(analyses: &[FileAnalysis], table: &DefinitionTable) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = analyses
        .iter()
        .flat_map(|a| a.diagnostics.iter().cloned())
        .collect();
    diagnostics.extend(
        table
            .entries
            .iter()
            .flat_map(|d| d.diagnostics.iter().cloned()),
    );
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    diagnostics
}

/// What every build reads before it looks at sources: schemas, tsconfig paths, source globs.
pub(crate) struct ProjectInputs {
    pub schemas: HashMap<String, Arc<SchemaIndex>>,
    pub config_hash: u64,
    pub ts_paths: Option<TsPaths>,
    pub filter: SourceFilter,
}

impl ProjectInputs {
    pub(crate) fn load(config: &Config) -> Result<Self, BuildError> {
        let (schemas, config_hash) = load_schemas(config)?;
        let ts_paths = config
            .tsconfig_path
            .as_deref()
            .map(TsPaths::load)
            .transpose()?;
        Ok(ProjectInputs {
            schemas,
            config_hash,
            ts_paths,
            filter: SourceFilter::new(config)?,
        })
    }
}

/// Runs a full build of the project described by `config`.
pub fn build(config: &Config, options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    let mut times = PhaseTimes::default();

    let phase = Instant::now();
    let ProjectInputs {
        schemas,
        config_hash,
        ts_paths,
        filter,
    } = ProjectInputs::load(config)?;
    times.schemas = phase.elapsed();

    let phase = Instant::now();
    let roots = discover(config, &filter);
    times.discover = phase.elapsed();

    let phase = Instant::now();
    let analyses = analyze::analyze_project(config, roots, ts_paths.as_ref(), &schemas);
    times.analyze = phase.elapsed();

    let phase = Instant::now();
    let sources = source_files(&analyses);
    let table = compile::compile_project(&analyses, ts_paths.as_ref(), &schemas);
    let diagnostics = collect_diagnostics(&analyses, &table);
    times.compile = phase.elapsed();

    let phase = Instant::now();
    let mut files_written = 0;
    let mut bytes_written = 0;
    if !options.skip_cache {
        let (written, _) = emit::write_cache(config, config_hash, &analyses, &table, None)?;
        files_written = written.files;
        bytes_written = written.bytes;
    }
    if let Some(json_path) = &options.json {
        let json = emit::artifact_json(&table, &analyses);
        write_file(json_path, json.as_bytes())?;
    }
    times.write = phase.elapsed();

    Ok(BuildReport {
        sources,
        files: analyses.len(),
        definitions: table,
        diagnostics,
        files_written,
        bytes_written,
        times,
        elapsed: started.elapsed(),
    })
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    soda_cache_format::write_atomic(path, bytes)
        .map(|_| ())
        .map_err(|source| BuildError::Write {
            path: path.to_owned(),
            source,
        })
}

/// The result of a `--graph-filter` build: nothing is written to the shared cache.
#[derive(Debug)]
pub struct FilteredBuild {
    pub analyses: Vec<FileAnalysis>,
    pub table: DefinitionTable,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceFiles,
    pub artifact_json: String,
    pub config_hash: u64,
}

/// Builds the definitions of files matching `glob` (relative to the config dir) and the fragment
/// definitions they depend on, for debugging one corner of a large project.
pub fn build_filtered(config: &Config, glob: &str) -> Result<FilteredBuild, BuildError> {
    let matcher = globset::Glob::new(glob.strip_prefix("./").unwrap_or(glob))
        .map_err(|e| GlobError {
            config: config.path.clone(),
            glob: glob.to_owned(),
            message: e.to_string(),
        })?
        .compile_matcher();
    let ProjectInputs {
        schemas,
        config_hash,
        ts_paths,
        filter,
    } = ProjectInputs::load(config)?;
    let roots = discover(config, &filter);
    let analyses = analyze::analyze_project(config, roots, ts_paths.as_ref(), &schemas);
    let resolver = compile::Resolver::new(&analyses, ts_paths.as_ref());
    let selected: Vec<usize> = (0..resolver.len())
        .filter(|&def| matcher.is_match(&resolver.site(def).0.relative_path))
        .collect();
    let mut entries: Vec<(usize, CompiledDefinition)> = selected
        .par_iter()
        .map(|&def| (def, compile::compile_definition(&resolver, def, &schemas)))
        .collect();
    // Add the fragments the selected definitions read (they are in the recorded dependency files).
    let dependency_files: std::collections::BTreeSet<String> = entries
        .iter()
        .flat_map(|(_, e)| e.dependencies.files.iter().cloned())
        .collect();
    let chosen: std::collections::HashSet<usize> = selected.iter().copied().collect();
    let extra: Vec<usize> = (0..resolver.len())
        .filter(|def| !chosen.contains(def))
        .filter(|&def| {
            let (analysis, site) = resolver.site(def);
            dependency_files.contains(&analysis.relative_path)
                && analysis.definitions.iter().any(|d| {
                    d.site.ast_path == site.ast_path
                        && matches!(&d.extracted, Ok(e) if matches!(e.ir, crate::document::ir::DefinitionIr::Fragment(_)))
                })
        })
        .collect();
    entries.extend(
        extra
            .par_iter()
            .map(|&def| (def, compile::compile_definition(&resolver, def, &schemas)))
            .collect::<Vec<_>>(),
    );
    entries.sort_by_key(|(def, _)| *def);
    let table = compile::finalize(
        entries.into_iter().map(|(_, e)| Arc::new(e)).collect(),
        &analyses,
    );
    let sources = source_files(&analyses);
    let diagnostics = collect_diagnostics(&analyses, &table);
    let artifact_json = emit::artifact_json(&table, &analyses);
    Ok(FilteredBuild {
        analyses,
        table,
        diagnostics,
        sources,
        artifact_json,
        config_hash,
    })
}
