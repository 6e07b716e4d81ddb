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
mod reach;
pub mod read;
pub(crate) mod resolve;
mod standalone;
pub mod timers;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::diagnostic::Diagnostic;
use crate::project::discover::GlobError;
use crate::project::resolve::TsconfigError;

pub use analyze::{AnalysisContext, AnalyzedDefinition, Depth, FileAnalysis};
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
    /// Config, schemas, tsconfig and globs (a full build discovers sources meanwhile).
    pub inputs: Duration,
    /// Finding the sources: in a full build, on another thread within `inputs`.
    pub discover: Duration,
    /// Reading, parsing and analysing files (parallel).
    pub analyze: Duration,
    /// Resolving, inlining, printing and validating definitions (parallel).
    pub compile: Duration,
    /// Project-wide checks.
    pub finalize: Duration,
    /// Writing the cache.
    pub write: Duration,
    /// CPU time per step of the parallel phases (summed over threads).
    pub cpu: timers::CpuTimes,
}

impl PhaseTimes {
    /// One line per phase; the parallel phases with the CPU time of their steps.
    pub fn render(&self) -> String {
        let ms = |time: Duration| time.as_secs_f64() * 1e3;
        let cpu = &self.cpu;
        let mut out = String::from("timings (wall; CPU summed over threads in brackets):\n");
        let lines = [
            ("inputs", self.inputs, String::new()),
            ("discover", self.discover, "  (alongside inputs)".to_owned()),
            (
                "analyze",
                self.analyze,
                format!(
                    "  [read {:.2}, parse {:.2}, definitions {:.2}, resolve {:.2}]",
                    ms(cpu.read),
                    ms(cpu.parse),
                    ms(cpu.definitions),
                    ms(cpu.resolve)
                ),
            ),
            (
                "compile",
                self.compile,
                format!(
                    "  [compile {:.2}, validate {:.2}]",
                    ms(cpu.compile),
                    ms(cpu.validate)
                ),
            ),
            ("finalize", self.finalize, String::new()),
            ("write", self.write, String::new()),
        ];
        for (name, time, detail) in lines {
            let _ = writeln!(out, "  {name:<9}{:>9.2} ms{detail}", ms(time));
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
) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = project_level.to_vec();
    diagnostics.extend(project.iter().flat_map(|a| a.diagnostics.iter().cloned()));
    diagnostics.extend(
        table
            .entries
            .iter()
            .flat_map(|d| d.diagnostics.iter().cloned()),
    );
    // Print order: by file path, then position.
    let path = |d: &Diagnostic| project.path(d.file).unwrap_or("<unknown>");
    diagnostics.sort_by(|a, b| (path(a), a.position_key()).cmp(&(path(b), b.position_key())));
    diagnostics.dedup();
    diagnostics
}

/// Schemas by name, as the compiler looks them up.
pub type Schemas = HashMap<String, Arc<crate::document::schema_index::SchemaIndex>>;
