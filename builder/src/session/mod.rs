//! The long-lived build session: one owner of all warm state, rebuilding only what a change
//! affects.
//!
//! Inputs are file contents (plus config and schemas, fixed for a session); derived values are
//! per-file analyses and per-definition compilations. Each compilation records what it consulted
//! (files, and how each import specifier resolved), so an update recompiles exactly the
//! definitions whose inputs changed: a fragment edit recompiles the operations that inline it,
//! through any number of files and re-exports; a touch recompiles nothing.

pub mod graph;
pub mod state;
pub mod watch;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::build::analyze::{analyze_transitively, number};
use crate::build::compile::{compile_definition, finalize, Resolver};
use crate::build::emit::{self, ShardMemo};
use crate::build::{
    collect_diagnostics, source_files, BuildError, CompiledDefinition, DefinitionTable,
    FileAnalysis, ProjectInputs,
};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, FileId, SourceFiles};
use crate::document::schema_index::SchemaIndex;
use crate::project::discover::{discover, SourceFilter};
use crate::project::resolve::TsPaths;

/// Files that changed on disk since the last update (absolute paths).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    pub created: Vec<PathBuf>,
    pub updated: Vec<PathBuf>,
    pub deleted: Vec<PathBuf>,
}

impl ChangeSet {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.created.is_empty() && self.updated.is_empty() && self.deleted.is_empty()
    }
}

/// What one load or update did.
#[derive(Debug)]
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
    /// Every current diagnostic, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Wall time of the update.
    pub elapsed: Duration,
}

/// The warm state of a project build.
pub struct BuilderSession {
    config: Config,
    config_hash: u64,
    schemas: HashMap<String, Arc<SchemaIndex>>,
    ts_paths: Option<TsPaths>,
    filter: SourceFilter,
    /// Analyses sorted by relative path; `FileId` is the position.
    analyses: Vec<FileAnalysis>,
    /// Per-definition compilations by canonical id, before project-wide checks.
    compiled: HashMap<String, Arc<CompiledDefinition>>,
    /// The current definitions, after project-wide checks.
    table: DefinitionTable,
    /// What the cache holds, per source file.
    written: ShardMemo,
    /// Definition → file dependency edges, with inverse lookup.
    graph: graph::DependencyGraph,
    /// The current diagnostics, sorted.
    diagnostics: Vec<Diagnostic>,
}

impl BuilderSession {
    /// Loads a project: a full build, writing the cache.
    pub fn load(config: Config) -> Result<(Self, UpdateReport), BuildError> {
        let started = Instant::now();
        let ProjectInputs {
            schemas,
            config_hash,
            ts_paths,
            filter,
        } = ProjectInputs::load(&config)?;
        let roots = discover(&config, &filter);
        let mut seen: HashSet<PathBuf> = roots.iter().cloned().collect();
        let mut analyses =
            analyze_transitively(&config, roots, &mut seen, ts_paths.as_ref(), &schemas);
        analyses.sort_by(|a, b| a.relative_path.cmp(&b.relative_path));
        number(&mut analyses);
        let reparsed = analyses.iter().map(|a| a.relative_path.clone()).collect();
        let mut session = BuilderSession {
            config,
            config_hash,
            schemas,
            ts_paths,
            filter,
            analyses,
            compiled: HashMap::new(),
            table: DefinitionTable::default(),
            written: ShardMemo::new(),
            graph: graph::DependencyGraph::default(),
            diagnostics: Vec::new(),
        };
        let all: Vec<usize> = (0..session.analyses.len()).collect();
        session.index_imports(&all);
        let report = session.recompile(&BTreeSet::new(), false, reparsed, started, true)?;
        Ok((session, report))
    }

    /// Applies a change set: re-parses changed files (and newly imported ones), recompiles the
    /// definitions whose recorded inputs changed, and rewrites only the affected cache files.
    pub fn update(&mut self, changes: &ChangeSet) -> Result<UpdateReport, BuildError> {
        let started = Instant::now();
        let mut changed_paths: BTreeSet<String> = BTreeSet::new();
        let mut structural = false;
        let known: HashMap<PathBuf, usize> = self
            .analyses
            .iter()
            .enumerate()
            .map(|(i, a)| (a.path.clone(), i))
            .collect();
        let mut to_parse = Vec::new();
        let mut removed = HashSet::new();
        for path in changes.created.iter().chain(&changes.updated) {
            let path = crate::paths::absolute(path);
            match known.get(&path) {
                Some(&i) => {
                    // A touch or an editor re-save with the same content changes nothing.
                    let unchanged = std::fs::read(&path).is_ok_and(|bytes| {
                        xxhash_rust::xxh3::xxh3_64(&bytes) == self.analyses[i].content_hash
                    });
                    if !unchanged {
                        if path.is_file() {
                            to_parse.push(path);
                        } else {
                            removed.insert(path);
                        }
                    }
                }
                None if self.filter.matches(&self.config.relative(&path)) && path.is_file() => {
                    to_parse.push(path);
                    structural = true;
                }
                None => {}
            }
        }
        for path in &changes.deleted {
            let path = crate::paths::absolute(path);
            if known.contains_key(&path) && !path.exists() {
                removed.insert(path);
            }
        }
        to_parse.sort();
        to_parse.dedup();
        if to_parse.is_empty() && removed.is_empty() {
            // Touches and same-content saves: nothing to recompute, nothing to write.
            return Ok(UpdateReport {
                reparsed: Vec::new(),
                recompiled: Vec::new(),
                files_written: 0,
                bytes_written: 0,
                changed_files: Vec::new(),
                removed_files: Vec::new(),
                diagnostics: self.diagnostics.clone(),
                elapsed: started.elapsed(),
            });
        }
        if !removed.is_empty() {
            structural = true;
            for analysis in self.analyses.iter().filter(|a| removed.contains(&a.path)) {
                changed_paths.insert(analysis.relative_path.clone());
            }
            self.analyses.retain(|a| !removed.contains(&a.path));
        }
        let mut seen: HashSet<PathBuf> = self.analyses.iter().map(|a| a.path.clone()).collect();
        seen.extend(to_parse.iter().cloned());
        let fresh = analyze_transitively(
            &self.config,
            to_parse,
            &mut seen,
            self.ts_paths.as_ref(),
            &self.schemas,
        );
        let mut reparsed = Vec::with_capacity(fresh.len());
        for analysis in fresh {
            changed_paths.insert(analysis.relative_path.clone());
            reparsed.push(analysis.relative_path.clone());
            match self
                .analyses
                .binary_search_by(|a| a.relative_path.cmp(&analysis.relative_path))
            {
                Ok(i) => self.analyses[i] = analysis,
                Err(i) => {
                    structural = true;
                    self.analyses.insert(i, analysis);
                }
            }
        }
        number(&mut self.analyses);
        for gone in &removed {
            self.graph.remove_file(&self.config.relative(gone));
        }
        let reparsed_positions: Vec<usize> = self
            .analyses
            .iter()
            .enumerate()
            .filter(|(_, a)| changed_paths.contains(&a.relative_path))
            .map(|(i, _)| i)
            .collect();
        self.index_imports(&reparsed_positions);
        reparsed.sort();
        self.recompile(&changed_paths, structural, reparsed, started, false)
    }

    /// Compares the files on disk with the session's: `(created, deleted)` sources. Used when a
    /// directory moved or vanished, where events do not name every file.
    pub fn rescan(&self) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let roots = discover(&self.config, &self.filter);
        let known: HashSet<&Path> = self.analyses.iter().map(|a| a.path.as_path()).collect();
        let created = roots
            .iter()
            .filter(|r| !known.contains(r.as_path()))
            .cloned()
            .collect();
        let deleted = self
            .analyses
            .iter()
            .filter(|a| !a.path.exists())
            .map(|a| a.path.clone())
            .collect();
        (created, deleted)
    }

    /// soda-gql's artifact JSON of the current definitions.
    pub fn artifact_json(&self) -> String {
        emit::artifact_json(&self.table, &self.analyses)
    }

    /// The fingerprints of every analysed file, for [`state::SessionState`].
    pub fn stamps(&self) -> std::collections::BTreeMap<String, state::FileStamp> {
        self.analyses
            .iter()
            .filter_map(|a| {
                let (size, mtime_ns) = state::stat(&a.path)?;
                Some((
                    a.relative_path.clone(),
                    state::FileStamp {
                        size,
                        mtime_ns,
                        hash: a.content_hash,
                    },
                ))
            })
            .collect()
    }

    /// Records the module-level edges (which files each of `positions` imports from).
    fn index_imports(&mut self, positions: &[usize]) {
        for &i in positions {
            let analysis = &self.analyses[i];
            let targets: BTreeSet<String> = analysis
                .module
                .specifiers
                .iter()
                .filter_map(|s| {
                    crate::project::resolve::resolve(&analysis.path, s, self.ts_paths.as_ref())
                })
                .map(|p| self.config.relative(&p))
                .collect();
            let file = analysis.relative_path.clone();
            self.graph.set_imports(&file, &targets);
        }
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
        &self.config
    }

    /// The current definitions.
    pub fn definitions(&self) -> &DefinitionTable {
        &self.table
    }

    /// The source files, for printing diagnostics.
    pub fn sources(&self) -> SourceFiles {
        source_files(&self.analyses)
    }

    /// The config-and-schemas hash of this session.
    pub fn config_hash(&self) -> u64 {
        self.config_hash
    }

    fn recompile(
        &mut self,
        changed_paths: &BTreeSet<String>,
        structural: bool,
        reparsed: Vec<String>,
        started: Instant,
        first: bool,
    ) -> Result<UpdateReport, BuildError> {
        let resolver = Resolver::new(&self.analyses, self.ts_paths.as_ref());
        let file_ids: HashMap<&str, FileId> = self
            .analyses
            .iter()
            .map(|a| (a.relative_path.as_str(), a.file_id))
            .collect();
        let previous = std::mem::take(&mut self.compiled);
        // Definitions whose recorded inputs include a changed file, found through inverse edges.
        let affected: HashSet<&str> = changed_paths
            .iter()
            .flat_map(|file| self.graph.dependents(file))
            .collect();
        let plan: Vec<(usize, Option<&Arc<CompiledDefinition>>)> = (0..resolver.len())
            .map(|def| {
                let (analysis, site) = resolver.site(def);
                let id = soda_analysis::CanonicalId::new(&analysis.relative_path, &site.ast_path);
                let reusable = previous.get(id.as_str()).filter(|entry| {
                    !affected.contains(id.as_str())
                        && (!structural
                            || entry.dependencies.resolutions.iter().all(
                                |(from, specifier, to)| {
                                    let from = self.config.dir.join(from);
                                    let now = resolver
                                        .resolve_module(&from, specifier)
                                        .map(|i| self.analyses[i].relative_path.as_str());
                                    now == to.as_deref()
                                },
                            ))
                });
                (def, reusable)
            })
            .collect();
        let entries: Vec<(Arc<CompiledDefinition>, bool)> = plan
            .into_par_iter()
            .map(|(def, reusable)| match reusable {
                Some(entry) => {
                    let (analysis, _) = resolver.site(def);
                    let moved = entry.file != analysis.file_id;
                    if !moved && !structural {
                        // Unchanged and in place: share it.
                        return (Arc::clone(entry), false);
                    }
                    let mut entry = CompiledDefinition::clone(entry);
                    entry.file_index = analysis.file_id.0 as usize;
                    entry.file = analysis.file_id;
                    if structural {
                        remap_file_ids(&mut entry, &file_ids);
                    }
                    (Arc::new(entry), false)
                }
                None => (
                    Arc::new(compile_definition(&resolver, def, &self.schemas)),
                    true,
                ),
            })
            .collect();
        let mut recompiled: Vec<String> = entries
            .iter()
            .filter(|(_, fresh)| *fresh)
            .map(|(e, _)| e.canonical_id.to_string())
            .collect();
        recompiled.sort();
        for (entry, fresh) in &entries {
            if *fresh {
                self.graph.set_dependencies(
                    entry.canonical_id.as_str(),
                    &entry.dependencies.files,
                    &entry.dependencies.fragments,
                );
            }
        }
        let current: HashSet<String> = entries
            .iter()
            .map(|(e, _)| e.canonical_id.to_string())
            .collect();
        for gone in previous.keys().filter(|id| !current.contains(*id)) {
            self.graph.remove_definition(gone);
        }
        let entries: Vec<Arc<CompiledDefinition>> = entries.into_iter().map(|(e, _)| e).collect();
        self.compiled = entries
            .iter()
            .map(|e| (e.canonical_id.to_string(), Arc::clone(e)))
            .collect();
        let table = finalize(entries, &self.analyses);
        // Source files whose shard may differ: any entry that is not the very same as before,
        // and files that lost definitions.
        let before: HashMap<&str, &Arc<CompiledDefinition>> = self
            .table
            .entries
            .iter()
            .map(|e| (e.canonical_id.as_str(), e))
            .collect();
        let mut dirty: HashSet<String> = table
            .entries
            .iter()
            .filter(|e| {
                before
                    .get(e.canonical_id.as_str())
                    .is_none_or(|b| !Arc::ptr_eq(b, e))
            })
            .map(|e| e.canonical_id.source_path().to_owned())
            .collect();
        let now: HashSet<&str> = table
            .entries
            .iter()
            .map(|e| e.canonical_id.as_str())
            .collect();
        dirty.extend(
            self.table
                .entries
                .iter()
                .filter(|e| !now.contains(e.canonical_id.as_str()))
                .map(|e| e.canonical_id.source_path().to_owned()),
        );
        drop(before);
        drop(now);
        self.table = table;
        let memo = (!first).then(|| (std::mem::take(&mut self.written), &dirty));
        let (written, memo) = emit::write_cache(
            &self.config,
            self.config_hash,
            &self.analyses,
            &self.table,
            memo,
        )?;
        self.written = memo;
        let diagnostics = collect_diagnostics(&self.analyses, &self.table);
        self.diagnostics = diagnostics.clone();
        Ok(UpdateReport {
            reparsed,
            recompiled,
            files_written: written.files,
            bytes_written: written.bytes,
            changed_files: written.changed,
            removed_files: written.removed,
            diagnostics,
            elapsed: started.elapsed(),
        })
    }
}

/// Points a reused entry's diagnostics at the files' new positions.
fn remap_file_ids(entry: &mut CompiledDefinition, file_ids: &HashMap<&str, FileId>) {
    let paths = entry.diagnostic_paths.clone();
    let map = |id: FileId| {
        paths
            .iter()
            .find(|(old, _)| *old == id)
            .and_then(|(_, path)| file_ids.get(path.as_str()).copied())
            .unwrap_or(id)
    };
    for d in &mut entry.diagnostics {
        d.file = map(d.file);
        for (origin, _) in &mut d.related {
            origin.file = map(origin.file);
        }
    }
    entry.diagnostic_paths = entry
        .diagnostic_paths
        .iter()
        .map(|(old, path)| {
            (
                file_ids.get(path.as_str()).copied().unwrap_or(*old),
                path.clone(),
            )
        })
        .collect();
}
