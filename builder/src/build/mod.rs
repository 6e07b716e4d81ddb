//! The build engine, one stage per file: inputs (schemas, tsconfig, globs) → analysis of each
//! source → fragment resolution and compilation of each definition → project-wide checks →
//! cache and artifact JSON. A [`crate::session::BuilderSession`] drives it, for a full build
//! and for every incremental update alike.

pub(crate) mod analyze;
pub(crate) mod compile;
pub mod emit;
pub(crate) mod finalize;
mod inputs;
mod metadata;
pub mod project;
pub(crate) mod resolve;
mod standalone;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, SourceFiles};
use crate::document::ir::DefinitionIr;
use crate::project::discover::{discover, GlobError};
use crate::project::resolve::TsconfigError;

pub use analyze::{AnalysisContext, AnalyzedDefinition, FileAnalysis};
pub use compile::{CompiledDefinition, Dependencies};
pub use finalize::DefinitionTable;
pub use inputs::{hash_config, BuildInputs};
pub use project::Project;
pub use standalone::compile_source;

/// Infrastructure failures: the build cannot run (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    CacheDir(#[from] crate::cache_dir::CacheDirError),
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

/// The stack of each worker thread: SWC's parser and the AST visitors recurse once per nesting
/// level, so a deep input (1,000 nested arrays) must not be able to exhaust it. Only the pages
/// a thread touches are committed.
const WORKER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Gives the worker pool its deep stacks (once per process; a pool the embedding application
/// built first is kept as it is).
pub fn ensure_worker_pool() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .stack_size(WORKER_STACK_BYTES)
            .build_global();
    });
}

/// Wall time of each phase of one build, printed by `--timings`.
#[derive(Debug, Clone, Default)]
pub struct PhaseTimes {
    /// Config, schemas, tsconfig and globs.
    pub inputs: Duration,
    /// Finding the sources.
    pub discover: Duration,
    /// Reading, parsing and analysing files (parallel).
    pub analyze: Duration,
    /// Resolving, inlining, printing and validating definitions (parallel).
    pub compile: Duration,
    /// Project-wide checks.
    pub finalize: Duration,
    /// Writing the cache.
    pub write: Duration,
}

impl PhaseTimes {
    /// One line per phase.
    pub fn render(&self) -> String {
        let mut out = String::from("timings:\n");
        for (name, time) in [
            ("inputs", self.inputs),
            ("discover", self.discover),
            ("analyze", self.analyze),
            ("compile", self.compile),
            ("finalize", self.finalize),
            ("write", self.write),
        ] {
            let _ = writeln!(out, "  {name:<9}{:>9.2} ms", time.as_secs_f64() * 1e3);
        }
        out
    }
}

/// Every diagnostic of the analyses, the compiled definitions and the project itself,
/// deduplicated, in print order.
pub fn collect_diagnostics(
    project: &Project,
    table: &DefinitionTable,
    project_level: &[Diagnostic],
    sources: &SourceFiles,
) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = project_level.to_vec();
    diagnostics.extend(project.iter().flat_map(|a| a.diagnostics.iter().cloned()));
    diagnostics.extend(
        table
            .entries
            .iter()
            .flat_map(|d| d.diagnostics.iter().cloned()),
    );
    sources.sort(&mut diagnostics);
    diagnostics.dedup();
    diagnostics
}

/// The result of a `--graph-filter` build: nothing is written to the shared cache.
pub struct FilteredBuild {
    pub project: Project,
    pub table: DefinitionTable,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceFiles,
    pub artifact_json: String,
    pub inputs: BuildInputs,
}

impl FilteredBuild {
    /// Writes this build's cache files into `dir`; returns the files written (relative to `dir`).
    pub fn write_cache_into(&self, config: &Config, dir: &Path) -> Result<Vec<String>, BuildError> {
        // Named and addressed as the real cache's files, so the delta applies to it.
        let manifest = emit::manifest(config, &config.cache_dir, self.inputs.config_hash);
        let target = emit::CacheTarget {
            dir,
            key_base: &config.cache_dir,
            config_dir: &config.dir,
            manifest: &manifest,
        };
        let mut index = emit::CacheIndex::default();
        let (written, _) = emit::write_cache(
            &target,
            &self.project,
            &self.table,
            None,
            &HashSet::new(),
            &mut index,
        )?;
        Ok(written.changed)
    }
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
    let inputs = BuildInputs::load(config.clone())?;
    let mut project = Project::default();
    let roots = discover(config, &inputs.filter);
    let mut seen: HashSet<PathBuf> = roots.files.iter().cloned().collect();
    let context = AnalysisContext::new(config, &inputs.schemas, inputs.ts_paths.as_ref());
    for analysis in context.analyze_transitively(roots.files, &mut seen, &mut project) {
        project.insert(analysis);
    }
    let resolver = resolve::Resolver::new(&project, inputs.ts_paths.as_ref());
    let selected: Vec<usize> = (0..resolver.len())
        .filter(|&def| {
            resolver
                .site(def)
                .is_some_and(|(file, _)| matcher.is_match(&file.relative_path))
        })
        .collect();
    let compile = |defs: &[usize]| -> Vec<(usize, CompiledDefinition)> {
        defs.par_iter()
            .map(|&def| {
                (
                    def,
                    compile::compile_definition(&resolver, def, &inputs.schemas),
                )
            })
            .collect()
    };
    let mut entries = compile(&selected);
    // Add the fragments the selected definitions inline (named in their recorded dependencies).
    let chosen: HashSet<usize> = selected.iter().copied().collect();
    let fragments: BTreeSet<String> = entries
        .iter()
        .flat_map(|(_, e)| e.dependencies.fragments.iter().cloned())
        .collect();
    let extra: Vec<usize> = (0..resolver.len())
        .filter(|def| !chosen.contains(def))
        .filter(|&def| {
            let is_fragment = resolver.definition(def).is_some_and(
                |(_, d)| matches!(&d.extracted, Ok(e) if matches!(e.ir, DefinitionIr::Fragment(_))),
            );
            is_fragment && fragments.contains(resolver.canonical_id(def).as_str())
        })
        .collect();
    entries.extend(compile(&extra));
    entries.sort_by_key(|(def, _)| *def);
    drop(resolver);
    let table = finalize::finalize(
        entries.into_iter().map(|(_, e)| Arc::new(e)).collect(),
        &project,
    );
    let sources = project.sources();
    let diagnostics = collect_diagnostics(&project, &table, &[], &sources);
    let artifact_json = emit::artifact_json(&table, &project);
    Ok(FilteredBuild {
        project,
        table,
        diagnostics,
        sources,
        artifact_json,
        inputs,
    })
}

/// Schemas by name, as the compiler looks them up.
pub type Schemas = HashMap<String, Arc<crate::document::schema_index::SchemaIndex>>;
