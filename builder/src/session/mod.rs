//! The long-lived build session: one owner of all warm state, rebuilding only what a change
//! affects.
//!
//! Inputs are file contents plus the config, schemas and tsconfig (a change of those reloads
//! the session); derived values are per-file analyses and per-definition compilations. Each
//! compilation records what it consulted (files, and how each import specifier resolved), so
//! an update recompiles exactly the definitions whose inputs changed: a fragment edit
//! recompiles the operations that inline it, through any number of files and re-exports; a
//! touch recompiles nothing. A full build is the same engine with everything changed.

mod changes;
pub mod graph;
mod rebuild;
mod selection;
mod stamp;
pub mod state;
pub mod watch;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::build::emit::{self, CacheIndex, ShardMemo};
use crate::build::{
    AnalysisContext, BuildError, BuildInputs, CompiledDefinition, DefinitionTable, Depth,
    PhaseTimes, Project,
};
use crate::config::Config;
use crate::diagnostic::{BuilderCode, Diagnostic, SourceFiles};
use crate::project::discover::{discover, Discovery};

pub use changes::ChangeSet;
pub use selection::Selection;

/// What one load or update did.
#[derive(Debug, Default)]
pub struct UpdateReport {
    /// Files parsed again (relative paths, sorted).
    pub reparsed: Vec<String>,
    /// Definitions compiled again (canonical ids, sorted).
    pub recompiled: Vec<String>,
    /// Cache files written and their bytes.
    pub files_written: usize,
    pub bytes_written: u64,
    /// Cache files whose bytes changed and cache files removed (relative to the cache dir).
    pub changed_files: Vec<String>,
    pub removed_files: Vec<String>,
    /// Every current diagnostic, in print order.
    pub diagnostics: Vec<Diagnostic>,
    /// Wall time of the update, and of each phase.
    pub elapsed: Duration,
    pub times: PhaseTimes,
}

/// Where a session's builds go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// The project's cache dir (claimed as soda-cache's own first).
    Cache,
    /// Nowhere: the results stay in memory (`--graph-filter` writes a selection elsewhere).
    Memory,
}

/// The warm state of a project build.
pub struct BuilderSession {
    sink: Sink,
    inputs: BuildInputs,
    project: Project,
    /// Diagnostics about the project as a whole (globs matching nothing, unreadable directories).
    project_diagnostics: Vec<Diagnostic>,
    /// Directories discovery could not read (relative to the config dir): the cache files of
    /// sources under them are kept.
    unreadable_dirs: Vec<String>,
    /// Every directory the full build walked and its mtime then (see [`Discovery::dirs`]).
    walked_dirs: Vec<(PathBuf, u64)>,
    /// Per-definition compilations by canonical id, before project-wide checks.
    compiled: FxHashMap<String, Arc<CompiledDefinition>>,
    /// The current definitions, after project-wide checks.
    table: DefinitionTable,
    /// What the cache holds, per source file, and every cache file with its hash.
    written: ShardMemo,
    index: CacheIndex,
    /// Definition → file, definition → fragment and module → module edges, with inverse lookup.
    graph: graph::DependencyGraph,
    /// The current diagnostics, in print order.
    diagnostics: Vec<Diagnostic>,
}

impl BuilderSession {
    /// Loads a project: a full build, writing the cache.
    pub fn load(config: Config) -> Result<(Self, UpdateReport), BuildError> {
        Self::load_into(config, Sink::Cache)
    }

    /// Loads a project: a full build, written to `sink`.
    pub fn load_into(config: Config, sink: Sink) -> Result<(Self, UpdateReport), BuildError> {
        let started = Instant::now();
        let mut times = PhaseTimes::default();
        crate::build::timers::take(); // what earlier work counted is not this build's
        crate::build::ensure_worker_pool();
        if sink == Sink::Cache {
            // Nothing is written into a directory that is not soda-cache's own.
            crate::cache_dir::CacheDir::claim(&config)?;
        }
        // Discovery walks the project while the schemas are parsed.
        let (inputs, (discovery, discover_time)) =
            BuildInputs::load_alongside(config, |config, filter| {
                let phase = Instant::now();
                (discover(config, filter), phase.elapsed())
            })?;
        times.inputs = started.elapsed();
        times.discover = discover_time;
        let mut session = BuilderSession {
            sink,
            inputs,
            project: Project::default(),
            project_diagnostics: Vec::new(),
            unreadable_dirs: Vec::new(),
            walked_dirs: Vec::new(),
            compiled: FxHashMap::default(),
            table: DefinitionTable::default(),
            written: ShardMemo::default(),
            index: CacheIndex::default(),
            graph: graph::DependencyGraph::default(),
            diagnostics: Vec::new(),
        };
        session.project_diagnostics = session.discovery_diagnostics(&discovery);
        session.walked_dirs = discovery.dirs;
        let phase = Instant::now();
        let reparsed = session.analyze_all(discovery.files);
        times.analyze = phase.elapsed();
        let changed: std::collections::BTreeSet<String> = reparsed.iter().cloned().collect();
        let report = session.rebuild(
            rebuild::Scope {
                changed_paths: &changed,
                structural: true,
                full_write: true,
            },
            reparsed,
            started,
            times,
        )?;
        Ok((session, report))
    }

    /// Analyses `roots` and everything they import, replacing the project; returns the paths.
    fn analyze_all(&mut self, roots: Vec<PathBuf>) -> Vec<String> {
        let mut seen: FxHashSet<PathBuf> = roots.iter().cloned().collect();
        let context = AnalysisContext::new(
            &self.inputs.config,
            &self.inputs.schemas,
            self.inputs.ts_paths.as_ref(),
        );
        // Sources that never mention `gql` are only hashed, unless a parsed file imports them.
        let analyses =
            context.analyze_transitively(roots, Depth::IfMentionsGql, &mut seen, &mut self.project);
        let mut reparsed: Vec<String> = analyses.iter().map(|a| a.relative_path.clone()).collect();
        self.project.insert_all(analyses);
        reparsed.sort();
        let all: Vec<String> = reparsed.clone();
        self.index_imports(&all);
        reparsed
    }

    /// Warnings and errors about the project as a whole, found while discovering sources.
    fn discovery_diagnostics(&mut self, discovery: &Discovery) -> Vec<Diagnostic> {
        let config = &self.inputs.config;
        let mut out = Vec::new();
        for (path, error) in &discovery.unreadable {
            if path.is_dir() {
                self.unreadable_dirs.push(config.relative(path));
            }
            let id = self
                .project
                .add_extra_source(&config.relative(path), Arc::from(""));
            out.push(BuilderCode::ReadFailed.spanning(
                id,
                0..0,
                format!("cannot read {}: {error}", path.display()),
            ));
        }
        if discovery.files.is_empty() {
            let text: Arc<str> = Arc::from(config.source_text.as_str());
            let span = include_span(&text);
            let id = self
                .project
                .add_extra_source(&config.relative(&config.path), text);
            out.push(BuilderCode::NoMatchingSources.spanning(
                id,
                span,
                format!(
                    "the include globs {} match no source file under {}",
                    config
                        .include
                        .iter()
                        .map(|g| format!("`{g}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    config.dir.display()
                ),
            ));
        }
        out
    }

    /// Reloads the config, schemas and tsconfig after one of them changed: a full build that
    /// rewrites only the cache files whose bytes differ.
    pub fn reload_inputs(&mut self) -> Result<UpdateReport, BuildError> {
        let config = Config::load(&self.inputs.config.path)?;
        let (session, report) = Self::load_into(config, self.sink)?;
        *self = session;
        Ok(report)
    }

    /// Writes every cache file again (the cache directory was removed under the session).
    pub fn rewrite_cache(&mut self) -> Result<UpdateReport, BuildError> {
        let started = Instant::now();
        self.written.clear();
        self.index = CacheIndex::default();
        self.rebuild(
            rebuild::Scope {
                changed_paths: &Default::default(),
                structural: false,
                full_write: true,
            },
            Vec::new(),
            started,
            PhaseTimes::default(),
        )
    }

    /// Compares the files on disk with the session's: `(created, deleted)` sources. Used when a
    /// directory moved or vanished, where events do not name every file.
    pub fn rescan(&self) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let roots = discover(&self.inputs.config, &self.inputs.filter).files;
        let known: HashSet<&Path> = self.project.iter().map(|a| a.path.as_path()).collect();
        let created = roots
            .iter()
            .filter(|r| !known.contains(r.as_path()))
            .cloned()
            .collect();
        let deleted = self
            .project
            .iter()
            .filter(|a| !a.path.exists())
            .map(|a| a.path.clone())
            .collect();
        (created, deleted)
    }

    /// soda-gql's artifact JSON of the current definitions.
    pub fn artifact_json(&self) -> String {
        emit::artifact_json(&self.table, &self.project)
    }

    /// The fingerprints of every analysed source file, for [`state::SessionState`].
    pub fn source_stamps(&self) -> BTreeMap<String, state::FileStamp> {
        // The stat of the open file each was read from: it describes exactly the bytes hashed.
        self.project
            .iter()
            .filter(|a| !a.unreadable)
            .filter_map(|a| {
                let (size, mtime_ns, inode) = a.stat?;
                let stamp = state::FileStamp {
                    size,
                    mtime_ns,
                    hash: a.content_hash,
                    inode,
                };
                Some((a.relative_path.clone(), stamp))
            })
            .collect()
    }

    /// The directories the load walked, by path relative to the config dir, with their mtimes
    /// then; empty once an update created or removed files (the list may be incomplete).
    pub fn dir_stamps(&self) -> BTreeMap<String, u64> {
        self.walked_dirs
            .iter()
            .map(|(dir, mtime)| (self.inputs.config.relative(dir), *mtime))
            .collect()
    }

    /// The fingerprints of every cache file, as this session left them.
    pub fn cache_stamps(&self) -> BTreeMap<String, state::FileStamp> {
        use rayon::prelude::*;
        let dir = &self.inputs.config.cache_dir;
        // A `stat` each: 903 on perf-5k, in parallel.
        self.index
            .files
            .par_iter()
            .filter_map(|(name, &hash)| Some((name.clone(), state::stamp(&dir.join(name), hash)?)))
            .collect()
    }

    /// Every file besides the sources the build depends on (config, schemas, tsconfig).
    pub fn input_files(&self) -> Vec<PathBuf> {
        self.inputs.files()
    }

    /// The project's files below `dir` (the files of a directory that vanished).
    pub fn files_under(&self, dir: &Path) -> Vec<PathBuf> {
        self.paths_where(|path| path.starts_with(dir))
    }

    /// Directories sources can appear in, outside the config dir: the roots of include globs
    /// that leave it (watched recursively).
    pub fn outside_source_roots(&self) -> Vec<PathBuf> {
        let dir = &self.inputs.config.dir;
        self.inputs
            .filter
            .roots()
            .iter()
            .filter(|root| !root.starts_with(dir))
            .cloned()
            .collect()
    }

    /// Project files outside the config dir (reached by imports or outside globs).
    pub fn outside_files(&self) -> Vec<PathBuf> {
        self.paths_where(|path| !path.starts_with(&self.inputs.config.dir))
    }

    /// The paths of the project's files that `keep` accepts.
    fn paths_where(&self, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
        self.project
            .iter()
            .filter(|a| keep(&a.path))
            .map(|a| a.path.clone())
            .collect()
    }

    /// Files that import `file` (relative to the config dir), from the module-level edges.
    pub fn importers(&self, file: &str) -> Vec<String> {
        let mut out: Vec<String> = self.graph.importers(file).map(str::to_owned).collect();
        out.sort();
        out
    }

    /// Definitions that inline fragment `id`, from the definition-level edges.
    pub fn inliners(&self, id: &str) -> Vec<String> {
        let mut out: Vec<String> = self.graph.inliners(id).map(str::to_owned).collect();
        out.sort();
        out
    }

    /// Releases the warm state.
    pub fn dispose(self) {}

    /// The project config.
    pub fn config(&self) -> &Config {
        &self.inputs.config
    }

    /// The current definitions.
    pub fn definitions(&self) -> &DefinitionTable {
        &self.table
    }

    /// The current diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The source files `diagnostics` point at, for printing them.
    pub fn sources_of(&self, diagnostics: &[Diagnostic]) -> SourceFiles {
        self.project.sources_of(diagnostics)
    }

    /// `diagnostics` one plain line each (`path:line:col: severity[CODE]: message`).
    pub fn render_plain(&self, diagnostics: &[Diagnostic]) -> String {
        self.sources_of(diagnostics).render_plain(diagnostics)
    }

    /// The config-and-schemas hash of this session.
    pub fn config_hash(&self) -> u64 {
        self.inputs.config_hash
    }
}

/// The span of `include` in a config's text (where a glob warning points), or the start.
fn include_span(text: &str) -> std::ops::Range<u32> {
    text.find("include")
        .and_then(|i| u32::try_from(i).ok())
        .map_or(0..0, |start| start..start + 7)
}
