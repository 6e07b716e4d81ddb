//! Compiling every definition: resolve spreads across modules, inline, validate, print.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use soda_analysis::{CanonicalId, DefinitionSite};
use soda_cache_format::{FragmentArtifact, OperationArtifact, Outcome};

use super::analyze::FileAnalysis;
use crate::diagnostic::{Diagnostic, FileId, Origin};
use crate::document::extract::ExtractedDefinition;
use crate::document::inline::{inline, DefIndex, FragmentSource};
use crate::document::ir::{DefinitionIr, FragmentIr, FragmentRef};
use crate::document::print::{print_fragment, print_operation};
use crate::document::schema_index::SchemaIndex;
use crate::document::validate::validate_printed;
use crate::document::{json, OperationDocument};
use crate::project::module_info::{ExportTarget, ImportBinding};
use crate::project::resolve::{resolve, TsPaths};

/// One compiled definition.
#[derive(Debug, Clone)]
pub struct CompiledDefinition {
    /// Index of its file in the build's analyses.
    pub file_index: usize,
    pub file: FileId,
    pub canonical_id: CanonicalId,
    pub schema: String,
    pub fingerprint: u64,
    /// The artifact, or `Failed` with the diagnostics' stored form.
    pub outcome: Outcome,
    /// Diagnostics of this definition.
    pub diagnostics: Vec<Diagnostic>,
    /// What the result depends on (for incremental rebuilds).
    pub dependencies: Dependencies,
    /// The path of every file the diagnostics point at, so a session can renumber them.
    pub diagnostic_paths: Vec<(FileId, String)>,
}

/// Every definition of the project, in file order then source order.
#[derive(Debug, Clone, Default)]
pub struct DefinitionTable {
    /// Shared with a session's per-definition memo: reuse costs a pointer copy.
    pub entries: Vec<Arc<CompiledDefinition>>,
}

/// What compiling one definition consulted: the files (by path) and every module resolution,
/// so an incremental build knows exactly when the result may change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dependencies {
    /// Files whose content the result depends on (its own file included).
    pub files: BTreeSet<String>,
    /// `(importer, specifier, resolved file)`: re-checked when files are created or deleted.
    pub resolutions: Vec<(String, String, Option<String>)>,
    /// Canonical ids of the fragment definitions inlined (the definition-level edges).
    pub fragments: BTreeSet<String>,
}

/// Files and resolutions consulted while compiling one definition (file indices).
#[derive(Default)]
struct Trail {
    files: BTreeSet<usize>,
    resolutions: Vec<(usize, String, Option<usize>)>,
    fragments: BTreeSet<DefIndex>,
}

/// Resolves fragment references through imports and exports of the analysed modules.
pub(crate) struct Resolver<'a> {
    analyses: &'a [FileAnalysis],
    by_path: HashMap<&'a Path, usize>,
    /// Definition index → (file index, index in file).
    defs: Vec<(usize, usize)>,
    /// Per file: astPath → definition index, for addressable definitions.
    by_ast_path: Vec<HashMap<&'a str, DefIndex>>,
    ts_paths: Option<&'a TsPaths>,
}

const MAX_RESOLVE_DEPTH: usize = 64;

/// Re-export chains deeper than this are cycles.
fn check_depth(name: &str, origin: Origin, depth: usize) -> Result<(), Diagnostic> {
    if depth > MAX_RESOLVE_DEPTH {
        return Err(Diagnostic::error_at(
            "UNRESOLVED_FRAGMENT",
            format!("`{name}` is re-exported in a cycle"),
            origin,
        ));
    }
    Ok(())
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(analyses: &'a [FileAnalysis], ts_paths: Option<&'a TsPaths>) -> Self {
        let mut defs = Vec::new();
        let mut by_ast_path = Vec::with_capacity(analyses.len());
        for (file_index, analysis) in analyses.iter().enumerate() {
            let mut map = HashMap::new();
            for (i, def) in analysis.definitions.iter().enumerate() {
                if def.site.addressable {
                    map.insert(def.site.ast_path.as_str(), defs.len());
                }
                defs.push((file_index, i));
            }
            by_ast_path.push(map);
        }
        let by_path = analyses
            .iter()
            .enumerate()
            .map(|(i, a)| (a.path.as_path(), i))
            .collect();
        Resolver {
            analyses,
            by_path,
            defs,
            by_ast_path,
            ts_paths,
        }
    }

    /// Number of definitions in the project.
    pub(crate) fn len(&self) -> usize {
        self.defs.len()
    }

    /// The file and site of a definition.
    pub(crate) fn site(&self, def: DefIndex) -> (&'a FileAnalysis, &'a DefinitionSite) {
        let (file, i) = self.defs[def];
        (
            &self.analyses[file],
            &self.analyses[file].definitions[i].site,
        )
    }

    /// The project file `specifier` (imported from file `from`) resolves to.
    pub(crate) fn resolve_module(&self, from: &Path, specifier: &str) -> Option<usize> {
        resolve(from, specifier, self.ts_paths).and_then(|p| self.by_path.get(p.as_path()).copied())
    }

    fn module(
        &self,
        from: usize,
        specifier: &str,
        origin: Origin,
        trail: &mut Trail,
    ) -> Result<usize, Diagnostic> {
        let resolved = self.resolve_module(&self.analyses[from].path, specifier);
        trail
            .resolutions
            .push((from, specifier.to_owned(), resolved));
        resolved.ok_or_else(|| {
            Diagnostic::error_at(
                "UNRESOLVED_IMPORT",
                format!("cannot resolve module `{specifier}` to a project source file"),
                origin,
            )
        })
    }

    fn local(
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
        let analysis = &self.analyses[file];
        if let Some(import) = analysis.module.imports.get(name) {
            return match import {
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
                        return Err(Diagnostic::error_at(
                            "UNRESOLVED_FRAGMENT",
                            format!(
                                "namespace `{name}` is not a fragment; name one of its exports"
                            ),
                            origin,
                        ));
                    };
                    self.export(target, first, rest, origin, depth + 1, trail)
                }
                ImportBinding::Default { .. } => Err(Diagnostic::error_at(
                    "UNRESOLVED_FRAGMENT",
                    format!(
                        "`{name}` is a default import; fragments are referenced by named export"
                    ),
                    origin,
                )),
            };
        }
        let path: String = std::iter::once(name)
            .chain(members.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(".");
        self.by_ast_path[file]
            .get(path.as_str())
            .copied()
            .ok_or_else(|| {
                Diagnostic::error_at(
                    "UNRESOLVED_FRAGMENT",
                    format!(
                        "`{path}` is not a fragment defined at the top level of {} or imported",
                        analysis.relative_path
                    ),
                    origin,
                )
            })
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
        let analysis = &self.analyses[file];
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
        Err(Diagnostic::error_at(
            "UNRESOLVED_IMPORT",
            format!(
                "`{name}` is not exported as a fragment by {}",
                analysis.relative_path
            ),
            origin,
        ))
    }

    fn extracted(&self, def: DefIndex) -> Option<&'a Result<ExtractedDefinition, Vec<Diagnostic>>> {
        let (file, i) = *self.defs.get(def)?;
        Some(&self.analyses[file].definitions[i].extracted)
    }

    fn canonical_id(&self, def: DefIndex) -> String {
        self.defs.get(def).map_or_else(String::new, |&(file, i)| {
            CanonicalId::new(
                &self.analyses[file].relative_path,
                &self.analyses[file].definitions[i].site.ast_path,
            )
            .to_string()
        })
    }
}

/// The resolver as one definition's compilation sees it, recording what it consults.
struct Tracked<'r, 'a> {
    resolver: &'r Resolver<'a>,
    trail: RefCell<Trail>,
}

impl FragmentSource for Tracked<'_, '_> {
    fn resolve(
        &self,
        from: DefIndex,
        target: &FragmentRef,
        origin: Origin,
    ) -> Result<DefIndex, Diagnostic> {
        let file = self.resolver.defs.get(from).map_or(0, |&(file, _)| file);
        let mut trail = self.trail.borrow_mut();
        self.resolver
            .local(file, &target.local, &target.members, origin, 0, &mut trail)
    }

    fn fragment(&self, def: DefIndex, origin: Origin) -> Result<&FragmentIr, Diagnostic> {
        if let Some(&(file, _)) = self.resolver.defs.get(def) {
            let mut trail = self.trail.borrow_mut();
            trail.files.insert(file);
            trail.fragments.insert(def);
        }
        match self.resolver.extracted(def) {
            Some(Ok(ExtractedDefinition {
                ir: DefinitionIr::Fragment(fragment),
                ..
            })) => Ok(fragment),
            Some(Ok(_)) => Err(Diagnostic::error_at(
                "SPREAD_OF_OPERATION",
                format!(
                    "`{}` is an operation; only fragments can be spread",
                    self.resolver.canonical_id(def)
                ),
                origin,
            )),
            _ => Err(Diagnostic::error_at(
                "FRAGMENT_HAS_ERRORS",
                format!(
                    "fragment `{}` has errors (reported at its definition)",
                    self.resolver.canonical_id(def)
                ),
                origin,
            )),
        }
    }
}

/// Compiles every definition of the analysed project.
pub fn compile_project(
    analyses: &[FileAnalysis],
    ts_paths: Option<&TsPaths>,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> DefinitionTable {
    let resolver = Resolver::new(analyses, ts_paths);
    let entries: Vec<Arc<CompiledDefinition>> = (0..resolver.len())
        .into_par_iter()
        .map(|def| Arc::new(compile_definition(&resolver, def, schemas)))
        .collect();
    finalize(entries, analyses)
}

/// Project-wide checks over compiled definitions (duplicate operation names) and the stored form
/// of every failure. `entries` are per-definition results in file order.
pub fn finalize(
    mut entries: Vec<Arc<CompiledDefinition>>,
    analyses: &[FileAnalysis],
) -> DefinitionTable {
    reject_duplicate_operation_names(&mut entries, analyses);
    for entry in &mut entries {
        // Entries are shared: copy only the ones that change.
        if !matches!(entry.outcome, Outcome::Failed(_))
            && entry.diagnostics.iter().any(Diagnostic::is_error)
        {
            Arc::make_mut(entry).outcome = Outcome::Failed(Vec::new());
        }
        if let Outcome::Failed(current) = &entry.outcome {
            let stored: Vec<soda_cache_format::StoredDiagnostic> = entry
                .diagnostics
                .iter()
                .map(|d| {
                    let analysis = &analyses[d.file.0 as usize];
                    let (line, column) = line_column(&analysis.text, d.span.start);
                    soda_cache_format::StoredDiagnostic {
                        code: d.code.clone(),
                        message: d.message.clone(),
                        file: analysis.relative_path.clone(),
                        line,
                        column,
                    }
                })
                .collect();
            if *current != stored {
                Arc::make_mut(entry).outcome = Outcome::Failed(stored);
            }
        }
    }
    DefinitionTable { entries }
}

fn line_column(text: &str, offset: u32) -> (u32, u32) {
    let offset = (offset as usize).min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, column as u32)
}

/// Compiles one definition against the whole project.
pub(crate) fn compile_definition(
    resolver: &Resolver<'_>,
    def: DefIndex,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> CompiledDefinition {
    let tracked = Tracked {
        resolver,
        trail: RefCell::new(Trail::default()),
    };
    let mut entry = compile_tracked(&tracked, def, schemas);
    let trail = tracked.trail.into_inner();
    let path = |file: usize| resolver.analyses[file].relative_path.clone();
    entry.dependencies.files = trail.files.into_iter().map(path).collect();
    entry.dependencies.files.insert(path(entry.file_index));
    entry.dependencies.fragments = trail
        .fragments
        .iter()
        .map(|&def| resolver.canonical_id(def))
        .collect();
    entry.dependencies.resolutions = trail
        .resolutions
        .into_iter()
        .map(|(from, spec, to)| (path(from), spec, to.map(path)))
        .collect();
    let mut files: BTreeSet<FileId> = BTreeSet::new();
    for d in &entry.diagnostics {
        files.insert(d.file);
        files.extend(d.related.iter().map(|(origin, _)| origin.file));
    }
    entry.diagnostic_paths = files
        .into_iter()
        .filter_map(|id| {
            resolver
                .analyses
                .get(id.0 as usize)
                .map(|a| (id, a.relative_path.clone()))
        })
        .collect();
    entry
}

fn compile_tracked(
    tracked: &Tracked<'_, '_>,
    def: DefIndex,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> CompiledDefinition {
    let resolver = tracked.resolver;
    let (file_index, i) = resolver.defs[def];
    let analysis = &resolver.analyses[file_index];
    let site = &analysis.definitions[i].site;
    let mut entry = CompiledDefinition {
        file_index,
        file: analysis.file_id,
        canonical_id: CanonicalId::new(&analysis.relative_path, &site.ast_path),
        schema: site.schema.clone(),
        fingerprint: site.fingerprint,
        outcome: Outcome::Failed(Vec::new()),
        diagnostics: Vec::new(),
        dependencies: Dependencies::default(),
        diagnostic_paths: Vec::new(),
    };
    let extracted = match &analysis.definitions[i].extracted {
        Ok(extracted) => extracted,
        Err(diagnostics) => {
            entry.diagnostics = diagnostics.clone();
            return entry;
        }
    };
    let Some(schema) = schemas.get(&site.schema) else {
        return entry;
    };
    match &extracted.ir {
        DefinitionIr::Fragment(fragment) => {
            if !schema.is_composite(&fragment.type_condition) {
                entry.diagnostics.push(Diagnostic::error_at(
                    "UNKNOWN_TYPE",
                    format!("fragment `{}` is on `{}`, which is not an object, interface or union of schema `{}`", fragment.key, fragment.type_condition, site.schema),
                    fragment.origin,
                ));
                return entry;
            }
            match inline(
                def,
                &fragment.variables,
                &fragment.selections,
                Some(&fragment.type_condition),
                tracked,
                Some(schema),
            ) {
                Err(diagnostics) => entry.diagnostics = diagnostics,
                Ok(inlined) => {
                    let printed = print_fragment(
                        "SodaFragment",
                        &fragment.type_condition,
                        &inlined.selections,
                    );
                    entry.diagnostics = validate_printed(
                        &printed,
                        schema,
                        fragment.origin,
                        &["UnusedFragment", "UndefinedVariable"],
                    );
                    if entry.diagnostics.is_empty() {
                        entry.outcome = Outcome::Fragment(FragmentArtifact {
                            typename: fragment.type_condition.clone(),
                            key: fragment.key.clone(),
                        });
                    }
                }
            }
        }
        DefinitionIr::Operation(op) => {
            let Some(root) = schema.root_type(op.operation_type) else {
                entry.diagnostics.push(Diagnostic::error_at(
                    "UNKNOWN_TYPE",
                    format!(
                        "schema `{}` has no {} root type",
                        site.schema,
                        op.operation_type.as_str()
                    ),
                    op.origin,
                ));
                return entry;
            };
            match inline(
                def,
                &op.variables,
                &op.selections,
                Some(&root),
                tracked,
                Some(schema),
            ) {
                Err(diagnostics) => entry.diagnostics = diagnostics,
                Ok(inlined) => {
                    let document = OperationDocument {
                        operation_type: op.operation_type,
                        name: op.name.clone(),
                        variables: inlined.variables,
                        selections: inlined.selections,
                    };
                    let printed = print_operation(&document);
                    entry.diagnostics = validate_printed(&printed, schema, op.origin, &[]);
                    if entry.diagnostics.is_empty() {
                        let variable_names: Vec<String> =
                            document.variables.iter().map(|v| v.name.clone()).collect();
                        let mut prebuild = serde_json::Map::new();
                        prebuild.insert("operationType".into(), op.operation_type.as_str().into());
                        prebuild.insert("operationName".into(), op.name.clone().into());
                        prebuild.insert("schemaLabel".into(), site.schema.clone().into());
                        prebuild.insert("document".into(), json::document_node(&document));
                        prebuild.insert("variableNames".into(), variable_names.clone().into());
                        if let Some(metadata) = extracted
                            .metadata_json
                            .as_deref()
                            .and_then(|m| serde_json::from_str(m).ok())
                        {
                            prebuild.insert("metadata".into(), metadata);
                        }
                        entry.outcome = Outcome::Operation(OperationArtifact {
                            operation_type: op.operation_type.as_str().to_owned(),
                            operation_name: op.name.clone(),
                            variable_names,
                            prebuild_json: serde_json::Value::Object(prebuild).to_string(),
                            sha256: hex(&Sha256::digest(printed.text.as_bytes())),
                            text: printed.text,
                        });
                    }
                }
            }
        }
    }
    entry
}

fn reject_duplicate_operation_names(
    entries: &mut [Arc<CompiledDefinition>],
    analyses: &[FileAnalysis],
) {
    let mut first: HashMap<(String, String), Origin> = HashMap::new();
    for entry in entries.iter_mut() {
        let analysis = &analyses[entry.file_index];
        let Some(def) = analysis.definitions.iter().find(|d| {
            CanonicalId::new(&analysis.relative_path, &d.site.ast_path) == entry.canonical_id
        }) else {
            continue;
        };
        let Ok(ExtractedDefinition {
            ir: DefinitionIr::Operation(op),
            ..
        }) = &def.extracted
        else {
            continue;
        };
        let key = (entry.schema.clone(), op.name.clone());
        match first.get(&key) {
            None => {
                first.insert(key, op.origin);
            }
            Some(previous) => {
                let entry = Arc::make_mut(entry);
                entry.diagnostics.push(
                    Diagnostic::error_at(
                        "DUPLICATE_OPERATION_NAME",
                        format!("operation name `{}` is already used", op.name),
                        op.origin,
                    )
                    .with_related(*previous, "first used here"),
                );
                entry.outcome = Outcome::Failed(Vec::new());
            }
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
