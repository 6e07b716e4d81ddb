//! One rebuild of a session, as a list of steps: plan what to reuse, compile the rest, record
//! the dependency edges, apply the project-wide checks, write what changed, report.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::{BuilderSession, UpdateReport};
use crate::build::compile::compile_definition;
use crate::build::emit::{self, PreviousWrite};
use crate::build::resolve::Resolver;
use crate::build::{
    collect_diagnostics, finalize, BuildError, CompiledDefinition, DefinitionTable, PhaseTimes,
};

/// What a rebuild must account for.
pub(super) struct Scope<'a> {
    /// Source files (relative paths) whose content changed, appeared or disappeared.
    pub changed_paths: &'a BTreeSet<String>,
    /// Files appeared or disappeared: recorded module resolutions must be checked again.
    pub structural: bool,
    /// Write every cache file (compare on disk) rather than only what this session changed.
    pub full_write: bool,
}

/// A definition's fate in this rebuild: reused as it was, or compiled.
type Plan<'s> = Vec<(usize, Option<&'s Arc<CompiledDefinition>>)>;

impl BuilderSession {
    pub(super) fn rebuild(
        &mut self,
        scope: Scope<'_>,
        reparsed: Vec<String>,
        started: Instant,
        mut times: PhaseTimes,
    ) -> Result<UpdateReport, BuildError> {
        let phase = Instant::now();
        let previous = std::mem::take(&mut self.compiled);
        let (entries, recompiled) = {
            let resolver = Resolver::new(
                &self.project,
                &self.inputs.config.dir,
                self.inputs.ts_paths.as_ref(),
            );
            let plan = self.plan(&resolver, &previous, &scope);
            self.compile(&resolver, plan)
        };
        self.record_dependencies(&entries, &previous);
        times.compile = phase.elapsed();

        let phase = Instant::now();
        let table = finalize::finalize(entries, &self.project);
        let dirty = dirty_sources(&self.table, &table);
        self.table = table;
        times.finalize = phase.elapsed();

        let phase = Instant::now();
        let written = self.write(&dirty, scope.full_write)?;
        times.write = phase.elapsed();

        times.cpu = crate::build::timers::take();
        self.diagnostics =
            collect_diagnostics(&self.project, &self.table, &self.project_diagnostics);
        Ok(UpdateReport {
            reparsed,
            recompiled,
            files_written: written.files,
            bytes_written: written.bytes,
            changed_files: written.changed,
            removed_files: written.removed,
            diagnostics: self.diagnostics.clone(),
            elapsed: started.elapsed(),
            times,
        })
    }

    /// Which definitions can be reused: none of the files they consulted changed and, when
    /// files appeared or disappeared, every module resolution they made still holds.
    fn plan<'s>(
        &self,
        resolver: &Resolver<'_>,
        previous: &'s FxHashMap<String, Arc<CompiledDefinition>>,
        scope: &Scope<'_>,
    ) -> Plan<'s> {
        // Definitions whose recorded inputs include a changed file, found through inverse edges.
        let affected: HashSet<&str> = scope
            .changed_paths
            .iter()
            .flat_map(|file| self.graph.dependents(file))
            .collect();
        (0..resolver.len())
            .map(|def| {
                let id = resolver.canonical_id(def);
                let reusable = previous.get(id.as_str()).filter(|entry| {
                    !affected.contains(id.as_str())
                        && (!scope.structural || self.resolutions_hold(resolver, entry))
                });
                (def, reusable)
            })
            .collect()
    }

    fn resolutions_hold(&self, resolver: &Resolver<'_>, entry: &CompiledDefinition) -> bool {
        entry
            .dependencies
            .resolutions
            .iter()
            .all(|(from, specifier, to)| {
                let from = self.inputs.config.dir.join(from);
                let now = resolver
                    .resolve_module(&from, specifier)
                    .map(|i| resolver.file(i).relative_path.as_str());
                now == to.as_deref()
            })
    }

    /// Compiles what the plan does not reuse (in parallel); returns the entries in definition
    /// order and the canonical ids compiled (sorted).
    fn compile(
        &self,
        resolver: &Resolver<'_>,
        plan: Plan<'_>,
    ) -> (Vec<Arc<CompiledDefinition>>, Vec<String>) {
        let compiled: Vec<(Arc<CompiledDefinition>, bool)> = plan
            .into_par_iter()
            .map(|(def, reusable)| match reusable {
                Some(entry) => (Arc::clone(entry), false),
                None => (
                    Arc::new(compile_definition(resolver, def, &self.inputs.schemas)),
                    true,
                ),
            })
            .collect();
        let mut recompiled: Vec<String> = compiled
            .iter()
            .filter(|(_, fresh)| *fresh)
            .map(|(e, _)| e.canonical_id.to_string())
            .collect();
        recompiled.sort();
        let entries = compiled.into_iter().map(|(entry, _)| entry).collect();
        (entries, recompiled)
    }

    /// Replaces the edges of every entry that is not the very one compiled before, and drops
    /// the nodes of definitions that are gone; remembers the entries for the next rebuild.
    fn record_dependencies(
        &mut self,
        entries: &[Arc<CompiledDefinition>],
        previous: &FxHashMap<String, Arc<CompiledDefinition>>,
    ) {
        for entry in entries {
            let id = entry.canonical_id.as_str();
            if previous.get(id).is_some_and(|p| Arc::ptr_eq(p, entry)) {
                continue;
            }
            self.graph.set_dependencies(
                id,
                &entry.dependencies.files,
                &entry.dependencies.fragments,
            );
        }
        let current: HashSet<&str> = entries.iter().map(|e| e.canonical_id.as_str()).collect();
        for gone in previous.keys().filter(|id| !current.contains(id.as_str())) {
            self.graph.remove_definition(gone);
        }
        self.compiled = entries
            .iter()
            .map(|e| (e.canonical_id.to_string(), Arc::clone(e)))
            .collect();
    }

    /// Writes the cache: everything (compared on disk) for a full write, otherwise only the
    /// files of `dirty` sources.
    fn write(
        &mut self,
        dirty: &HashSet<String>,
        full_write: bool,
    ) -> Result<emit::Written, BuildError> {
        if self.sink == super::Sink::Memory {
            return Ok(emit::Written::default());
        }
        let config = &self.inputs.config;
        let manifest = emit::manifest(config, &config.cache_dir, self.inputs.config_hash);
        let keep = emit::Keep {
            files: self
                .project
                .iter()
                .filter(|a| a.unreadable)
                .map(|a| a.relative_path.clone())
                .collect(),
            dirs: self.unreadable_dirs.clone(),
        };
        let previous = (!full_write).then(|| PreviousWrite {
            memo: std::mem::take(&mut self.written),
            dirty,
        });
        let target = emit::CacheTarget {
            dir: &config.cache_dir,
            key_base: &config.cache_dir,
            config_dir: &config.dir,
            manifest: &manifest,
        };
        let (written, memo) = emit::write_cache(
            &target,
            &self.project,
            &self.table,
            previous,
            &keep,
            &mut self.index,
        )?;
        self.written = memo;
        Ok(written)
    }
}

/// Source files whose shard may differ between two tables: any entry that is not the very same
/// as before, and files that lost definitions.
fn dirty_sources(before: &DefinitionTable, after: &DefinitionTable) -> HashSet<String> {
    let old: HashMap<&str, &Arc<CompiledDefinition>> = before
        .entries
        .iter()
        .map(|e| (e.canonical_id.as_str(), e))
        .collect();
    let mut dirty: HashSet<String> = after
        .entries
        .iter()
        .filter(|e| {
            old.get(e.canonical_id.as_str())
                .is_none_or(|b| !Arc::ptr_eq(b, e))
        })
        .map(|e| e.canonical_id.source_path().to_owned())
        .collect();
    let now: HashSet<&str> = after
        .entries
        .iter()
        .map(|e| e.canonical_id.as_str())
        .collect();
    dirty.extend(
        before
            .entries
            .iter()
            .filter(|e| !now.contains(e.canonical_id.as_str()))
            .map(|e| e.canonical_id.source_path().to_owned()),
    );
    dirty
}
