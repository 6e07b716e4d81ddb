//! Which files an analysis reaches, wave by wave: every import of a file that can hold a
//! definition, only the re-exported modules of any other parsed file (the one way a fragment
//! passes through it), and what a shallow file's text seems to import. Files reached through
//! relative or tsconfig-path imports are analysed even outside `include` (as upstream does),
//! so fragments defined anywhere in the project resolve.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::analyze::{AnalysisContext, Depth, FileAnalysis};
use super::project::Project;
use crate::diagnostic::FileId;
use crate::project::discover::is_source;

impl AnalysisContext<'_> {
    /// Analyses `files` at `depth` (in parallel) and, wave by wave, every project file that a
    /// parsed file imports and that is neither in `project` nor in `seen` yet (which is
    /// updated), or is shallow so far. Ids come from `project`.
    pub fn analyze_transitively(
        &self,
        files: Vec<PathBuf>,
        depth: Depth,
        seen: &mut FxHashSet<PathBuf>,
        project: &mut Project,
    ) -> Vec<FileAnalysis> {
        let mut wave: Vec<(PathBuf, Depth)> = files.into_iter().map(|f| (f, depth)).collect();
        let mut done: Vec<FileAnalysis> = Vec::new();
        // Files analysed shallow so far in this run, and whether one was then parsed too.
        let mut shallow: FxHashSet<FileId> = FxHashSet::default();
        let mut analysed_twice = false;
        while !wave.is_empty() {
            let jobs: Vec<(PathBuf, String, FileId, Depth)> = wave
                .into_iter()
                .map(|(path, depth)| {
                    let relative = self.config.relative(&path);
                    let id = project.file_id(&relative);
                    (path, relative, id, depth)
                })
                .collect();
            let analysed: Vec<FileAnalysis> = jobs
                .into_par_iter()
                .map(|(path, relative, id, depth)| self.analyze_file(path, relative, id, depth))
                .collect();
            for analysis in &analysed {
                if analysis.shallow {
                    shallow.insert(analysis.file_id);
                } else {
                    shallow.remove(&analysis.file_id);
                }
            }
            let mut next: BTreeMap<PathBuf, Depth> = BTreeMap::new();
            for analysis in &analysed {
                if analysis.shallow {
                    // Discovery goes on through it, as a parse would; the files it reaches
                    // are parsed only if they mention `gql` in turn.
                    for target in &analysis.reached {
                        if is_new(target, &self.config.relative(target), project, seen) {
                            next.entry(target.clone()).or_insert(Depth::IfMentionsGql);
                        }
                    }
                    continue;
                }
                for target in self.followed_imports(analysis) {
                    let relative = self.config.relative(&target);
                    let known_shallow = project
                        .known_id(&relative)
                        .is_some_and(|id| shallow.contains(&id))
                        || project.get(&relative).is_some_and(|a| a.shallow);
                    if known_shallow || is_new(&target, &relative, project, seen) {
                        // It may have been analysed in this run already.
                        analysed_twice |= known_shallow;
                        next.insert(target, Depth::Full);
                    }
                }
            }
            done.extend(analysed);
            wave = next.into_iter().collect();
        }
        if !analysed_twice {
            return done;
        }
        // A file first analysed shallow and parsed in a later wave: the parsed one stays.
        let mut last: FxHashMap<PathBuf, usize> = FxHashMap::default();
        for (i, analysis) in done.iter().enumerate() {
            last.insert(analysis.path.clone(), i);
        }
        done.into_iter()
            .enumerate()
            .filter(|(i, a)| last.get(&a.path) == Some(i))
            .map(|(_, a)| a)
            .collect()
    }

    /// The project sources a parsed file leads to (not packages, not `node_modules`): every
    /// import of a file that mentions `gql`, only the re-exported modules of any other.
    fn followed_imports<'b>(
        &'b self,
        analysis: &'b FileAnalysis,
    ) -> impl Iterator<Item = PathBuf> + 'b {
        let all = self.may_hold_definitions(&analysis.text);
        let reexported = if all {
            HashSet::new()
        } else {
            analysis.module.reexported_specifiers()
        };
        analysis
            .module
            .specifiers
            .iter()
            .zip(&analysis.resolved)
            .filter(move |(specifier, _)| all || reexported.contains(specifier.as_str()))
            .filter_map(|(_, target)| target.as_ref())
            .filter(|target| is_project_source(target))
            .cloned()
    }
}

/// A TypeScript source outside `node_modules`.
pub(super) fn is_project_source(path: &Path) -> bool {
    is_source(path) && !path.components().any(|c| c.as_os_str() == "node_modules")
}

/// Whether `target` is met for the first time (and now recorded in `seen`): a session's known
/// files are its project, so an update never gathers them into a set.
fn is_new(target: &Path, relative: &str, project: &Project, seen: &mut FxHashSet<PathBuf>) -> bool {
    project.get(relative).is_none() && seen.insert(target.to_owned())
}
