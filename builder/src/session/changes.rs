//! Applying a change set to the session's project: which files to parse again, which are gone,
//! and whether the module graph's shape changed (then recorded resolutions are re-checked).

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use super::{rebuild, BuilderSession, UpdateReport};
use crate::build::{AnalysisContext, BuildError, Depth, PhaseTimes};

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

    /// How many paths it names.
    pub fn len(&self) -> usize {
        self.created.len() + self.updated.len() + self.deleted.len()
    }
}

/// What a change set means for the project.
#[derive(Default)]
struct Triage {
    /// Files to parse again (sorted, deduplicated).
    parse: Vec<PathBuf>,
    /// Files that are gone.
    removed: HashSet<PathBuf>,
    /// A file was created or removed: module resolutions may change.
    structural: bool,
}

impl BuilderSession {
    /// Applies a change set: re-parses changed files (and newly imported ones), recompiles the
    /// definitions whose recorded inputs changed, and rewrites only the affected cache files.
    pub fn update(&mut self, changes: &ChangeSet) -> Result<UpdateReport, BuildError> {
        let started = Instant::now();
        let triage = self.triage(changes);
        if triage.parse.is_empty() && triage.removed.is_empty() {
            // Touches and same-content saves: nothing to recompute, nothing to write.
            return Ok(UpdateReport {
                diagnostics: self.diagnostics.clone(),
                elapsed: started.elapsed(),
                ..UpdateReport::default()
            });
        }
        let mut times = PhaseTimes::default();
        crate::build::timers::take();
        let phase = Instant::now();
        if triage.structural {
            // Directories may have appeared: the walked list no longer vouches for them.
            self.walked_dirs.clear();
        }
        let mut changed_paths = self.remove_files(&triage.removed);
        let (reparsed, added) = self.reanalyze(triage.parse);
        changed_paths.extend(reparsed.iter().cloned());
        let touched: Vec<String> = changed_paths.iter().cloned().collect();
        self.index_imports(&touched);
        times.analyze = phase.elapsed();
        self.rebuild(
            rebuild::Scope {
                changed_paths: &changed_paths,
                structural: triage.structural || added,
                full_write: false,
            },
            reparsed,
            started,
            times,
        )
    }

    /// Sorts the change set into files to parse and files that are gone.
    fn triage(&self, changes: &ChangeSet) -> Triage {
        let config = &self.inputs.config;
        let mut triage = Triage::default();
        for path in changes.created.iter().chain(&changes.updated) {
            let path = crate::paths::absolute(path);
            let relative = config.relative(&path);
            match self.project.get(&relative) {
                Some(analysis) => {
                    // A touch or an editor re-save with the same content changes nothing.
                    let unchanged = !analysis.unreadable
                        && std::fs::read(&path).is_ok_and(|bytes| {
                            xxhash_rust::xxh3::xxh3_64(&bytes) == analysis.content_hash
                        });
                    if unchanged {
                        continue;
                    }
                    if path.is_file() {
                        triage.parse.push(path);
                    } else {
                        triage.removed.insert(path);
                    }
                }
                None if self.inputs.filter.matches(&relative) && path.is_file() => {
                    triage.parse.push(path);
                    triage.structural = true;
                }
                None => {}
            }
        }
        for path in &changes.deleted {
            let path = crate::paths::absolute(path);
            if self.project.get(&config.relative(&path)).is_some() && !path.exists() {
                triage.removed.insert(path);
            }
        }
        triage.structural |= !triage.removed.is_empty();
        triage.parse.sort();
        triage.parse.dedup();
        triage
    }

    /// Forgets removed files; returns their paths.
    fn remove_files(&mut self, removed: &HashSet<PathBuf>) -> BTreeSet<String> {
        let mut paths = BTreeSet::new();
        for path in removed {
            let relative = self.inputs.config.relative(path);
            if self.project.remove(&relative).is_some() {
                self.graph.remove_file(&relative);
                paths.insert(relative);
            }
        }
        paths
    }

    /// Parses `files` and any project file they newly import; returns the parsed paths (sorted)
    /// and whether a file new to the project was added.
    fn reanalyze(&mut self, files: Vec<PathBuf>) -> (Vec<String>, bool) {
        let mut seen: rustc_hash::FxHashSet<PathBuf> = files.iter().cloned().collect();
        let context = AnalysisContext::new(
            &self.inputs.config,
            &self.inputs.schemas,
            self.inputs.ts_paths.as_ref(),
        );
        // What an update touches is parsed whatever it holds: cheap for a few files, and a
        // file created where an import already pointed must be parsed for that import.
        let fresh = context.analyze_transitively(files, Depth::Full, &mut seen, &mut self.project);
        let mut reparsed = Vec::with_capacity(fresh.len());
        let mut added = false;
        for analysis in fresh {
            added |= self.project.get(&analysis.relative_path).is_none();
            reparsed.push(analysis.relative_path.clone());
            self.project.insert(analysis);
        }
        reparsed.sort();
        (reparsed, added)
    }

    /// Records the module-level edges (which files each of `files` imports from).
    pub(super) fn index_imports(&mut self, files: &[String]) {
        for file in files {
            let Some(analysis) = self.project.get(file) else {
                continue;
            };
            let targets: BTreeSet<String> = analysis
                .resolved
                .iter()
                .flatten()
                .map(|p| self.inputs.config.relative(p))
                .collect();
            self.graph.set_imports(file, &targets);
        }
    }
}
