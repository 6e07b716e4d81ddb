//! Cross-module fragment resolution: a spread's local name, followed through imports,
//! re-exports, `export *` and namespaces to the fragment definition it names. Every file and
//! module resolution consulted is recorded, so a session knows when the answer may change.

use std::collections::BTreeSet;
use std::path::Path;

use rustc_hash::FxHashMap;
use soda_analysis::{CanonicalId, DefinitionSite};

use super::analyze::{AnalyzedDefinition, FileAnalysis};
use super::project::Project;
use crate::diagnostic::{BuilderCode, Diagnostic, Origin};
use crate::document::inline::DefIndex;
use crate::project::module_info::{ExportTarget, ImportBinding};
use crate::project::resolve::{resolve, TsPaths};

/// Files (by position in the resolver) and resolutions consulted while compiling one definition.
#[derive(Default)]
pub(crate) struct Trail {
    pub files: BTreeSet<usize>,
    pub resolutions: Vec<(usize, String, Option<usize>)>,
    pub fragments: BTreeSet<DefIndex>,
}

/// Re-export chains deeper than this are cycles.
const MAX_RESOLVE_DEPTH: usize = 64;

/// Resolves fragment references through imports and exports of the analysed modules.
pub(crate) struct Resolver<'a> {
    /// The analyses in relative-path order; a file's position here is its index for this
    /// build only, found by binary search (a path map of every file cost more than an edit).
    analyses: Vec<&'a FileAnalysis>,
    /// The directory relative paths start from (the config's).
    dir: &'a Path,
    /// Definition index → (file position, index in file).
    defs: Vec<(usize, usize)>,
    /// Per file: astPath → definition index, for addressable definitions.
    by_ast_path: Vec<FxHashMap<&'a str, DefIndex>>,
    ts_paths: Option<&'a TsPaths>,
    /// `(importing directory, specifier)` → file position, for this build: one filesystem probe
    /// per distinct import, shared by every definition compiled in parallel.
    memo: std::sync::RwLock<FxHashMap<(&'a Path, String), Option<usize>>>,
}

/// A spread that names something that is not there.
fn unresolved(origin: Origin, message: String) -> Diagnostic {
    BuilderCode::UnresolvedFragment.at(origin, message)
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(project: &'a Project, dir: &'a Path, ts_paths: Option<&'a TsPaths>) -> Self {
        let analyses: Vec<&FileAnalysis> = project.iter().collect();
        let mut defs = Vec::new();
        let mut by_ast_path = Vec::with_capacity(analyses.len());
        for (position, analysis) in analyses.iter().enumerate() {
            let mut map = FxHashMap::default();
            for (i, def) in analysis.definitions.iter().enumerate() {
                if def.site.addressable {
                    map.insert(def.site.ast_path.as_str(), defs.len());
                }
                defs.push((position, i));
            }
            by_ast_path.push(map);
        }
        Resolver {
            analyses,
            dir,
            defs,
            by_ast_path,
            ts_paths,
            memo: std::sync::RwLock::default(),
        }
    }

    /// Number of definitions in the project.
    pub(crate) fn len(&self) -> usize {
        self.defs.len()
    }

    /// The file at `position`.
    pub(crate) fn file(&self, position: usize) -> &'a FileAnalysis {
        self.analyses[position]
    }

    /// The file position of a definition.
    pub(crate) fn file_of(&self, def: DefIndex) -> Option<usize> {
        self.defs.get(def).map(|&(file, _)| file)
    }

    /// The file and analysed definition of `def`.
    pub(crate) fn definition(
        &self,
        def: DefIndex,
    ) -> Option<(&'a FileAnalysis, &'a AnalyzedDefinition)> {
        let &(file, i) = self.defs.get(def)?;
        let analysis = self.analyses[file];
        Some((analysis, analysis.definitions.get(i)?))
    }

    /// The file and site of a definition.
    pub(crate) fn site(&self, def: DefIndex) -> Option<(&'a FileAnalysis, &'a DefinitionSite)> {
        self.definition(def).map(|(file, d)| (file, &d.site))
    }

    /// The canonical id of a definition.
    pub(crate) fn canonical_id(&self, def: DefIndex) -> CanonicalId {
        self.site(def).map_or_else(
            || CanonicalId::new("", ""),
            |(file, site)| CanonicalId::new(&file.relative_path, &site.ast_path),
        )
    }

    /// The project file `specifier` (imported from file `from`) resolves to.
    pub(crate) fn resolve_module(&self, from: &Path, specifier: &str) -> Option<usize> {
        let resolved = resolve(from, specifier, self.ts_paths)?;
        let relative = crate::paths::relative_slash(self.dir, &resolved);
        self.analyses
            .binary_search_by(|a| a.relative_path.as_str().cmp(&relative))
            .ok()
    }

    /// [`Self::resolve_module`] for an analysed file, memoized by directory and specifier.
    fn resolve_from(&self, from: usize, specifier: &str) -> Option<usize> {
        let importer = self.analyses[from].path.as_path();
        let dir = importer.parent().unwrap_or(importer);
        let key = (dir, specifier.to_owned());
        if let Some(&hit) = self.memo.read().ok().as_ref().and_then(|m| m.get(&key)) {
            return hit;
        }
        let resolved = self.resolve_module(importer, specifier);
        if let Ok(mut memo) = self.memo.write() {
            memo.insert(key, resolved);
        }
        resolved
    }

    fn module(
        &self,
        from: usize,
        specifier: &str,
        origin: Origin,
        trail: &mut Trail,
    ) -> Result<usize, Diagnostic> {
        let resolved = self.resolve_from(from, specifier);
        trail
            .resolutions
            .push((from, specifier.to_owned(), resolved));
        resolved.ok_or_else(|| {
            let followed = match self.ts_paths {
                Some(paths) if !specifier.starts_with('.') => format!(
                    " (with the `paths` of {}{})",
                    paths.display,
                    if paths.files.len() > 1 {
                        " and the configs it extends"
                    } else {
                        ""
                    }
                ),
                None if !specifier.starts_with('.') => {
                    " (no tsconfig `paths` are set: name one with `tsconfigPath`)".to_owned()
                }
                _ => String::new(),
            };
            BuilderCode::UnresolvedImport.at(
                origin,
                format!("cannot resolve module `{specifier}` to a project source file{followed}"),
            )
        })
    }

    /// The definition that `name.members…` names inside file `file`.
    pub(crate) fn local(
        &self,
        file: usize,
        name: &str,
        members: &[String],
        origin: Origin,
        depth: usize,
        trail: &mut Trail,
    ) -> Result<DefIndex, Diagnostic> {
        check_depth(name, origin, depth)?;
        trail.files.insert(file);
        let analysis = self.analyses[file];
        if let Some(import) = analysis.module.imports.get(name) {
            return self.imported(file, name, import, members, origin, depth, trail);
        }
        let path: String = std::iter::once(name)
            .chain(members.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(".");
        self.by_ast_path[file]
            .get(path.as_str())
            .copied()
            .ok_or_else(|| {
                unresolved(
                    origin,
                    format!(
                        "`{path}` is not a fragment defined at the top level of {} or imported",
                        analysis.relative_path
                    ),
                )
            })
    }

    fn imported(
        &self,
        file: usize,
        name: &str,
        import: &ImportBinding,
        members: &[String],
        origin: Origin,
        depth: usize,
        trail: &mut Trail,
    ) -> Result<DefIndex, Diagnostic> {
        match import {
            ImportBinding::Named {
                specifier,
                imported,
            } => {
                let target = self.module(file, specifier, origin, trail)?;
                self.export(target, imported, members, origin, depth + 1, trail)
            }
            ImportBinding::Namespace { specifier } => {
                let target = self.module(file, specifier, origin, trail)?;
                let Some((first, rest)) = members.split_first() else {
                    return Err(unresolved(
                        origin,
                        format!("namespace `{name}` is not a fragment; name one of its exports"),
                    ));
                };
                self.export(target, first, rest, origin, depth + 1, trail)
            }
            ImportBinding::Default { .. } => Err(unresolved(
                origin,
                format!("`{name}` is a default import; fragments are referenced by named export"),
            )),
        }
    }

    fn export(
        &self,
        file: usize,
        name: &str,
        members: &[String],
        origin: Origin,
        depth: usize,
        trail: &mut Trail,
    ) -> Result<DefIndex, Diagnostic> {
        check_depth(name, origin, depth)?;
        trail.files.insert(file);
        let analysis = self.analyses[file];
        match analysis.module.exports.get(name) {
            Some(ExportTarget::Local(local)) => {
                return self.local(file, local, members, origin, depth + 1, trail)
            }
            Some(ExportTarget::ReExport {
                specifier,
                imported,
            }) => {
                let target = self.module(file, specifier, origin, trail)?;
                return self.export(target, imported, members, origin, depth + 1, trail);
            }
            Some(ExportTarget::Namespace { specifier }) => {
                let target = self.module(file, specifier, origin, trail)?;
                if let Some((first, rest)) = members.split_first() {
                    return self.export(target, first, rest, origin, depth + 1, trail);
                }
            }
            None => {
                for specifier in &analysis.module.star_exports {
                    let Ok(target) = self.module(file, specifier, origin, trail) else {
                        continue;
                    };
                    if let Ok(found) = self.export(target, name, members, origin, depth + 1, trail)
                    {
                        return Ok(found);
                    }
                }
            }
        }
        Err(BuilderCode::UnresolvedImport.at(
            origin,
            format!(
                "`{name}` is not exported as a fragment by {}",
                analysis.relative_path
            ),
        ))
    }
}

fn check_depth(name: &str, origin: Origin, depth: usize) -> Result<(), Diagnostic> {
    if depth > MAX_RESOLVE_DEPTH {
        return Err(unresolved(
            origin,
            format!("`{name}` is re-exported in a cycle"),
        ));
    }
    Ok(())
}
