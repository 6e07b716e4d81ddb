//! Compiling every definition: resolve spreads across modules, inline, validate, print.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use soda_analysis::CanonicalId;
use soda_cache_format::{FragmentArtifact, OperationArtifact, Outcome};

use super::analyze::FileAnalysis;
use crate::config::Config;
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
    /// Fragment definitions this one inlines, transitively.
    pub fragments: Vec<DefIndex>,
}

/// Every definition of the project, in file order then source order.
#[derive(Debug, Clone, Default)]
pub struct DefinitionTable {
    pub entries: Vec<CompiledDefinition>,
}

/// Resolves fragment references through imports and exports of the analysed modules.
struct Resolver<'a> {
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
    fn new(analyses: &'a [FileAnalysis], ts_paths: Option<&'a TsPaths>) -> Self {
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

    fn module(&self, from: usize, specifier: &str, origin: Origin) -> Result<usize, Diagnostic> {
        resolve(&self.analyses[from].path, specifier, self.ts_paths)
            .and_then(|p| self.by_path.get(p.as_path()).copied())
            .ok_or_else(|| {
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
    ) -> Result<DefIndex, Diagnostic> {
        check_depth(name, origin, depth)?;
        let analysis = &self.analyses[file];
        if let Some(import) = analysis.module.imports.get(name) {
            return match import {
                ImportBinding::Named {
                    specifier,
                    imported,
                } => {
                    let target = self.module(file, specifier, origin)?;
                    self.export(target, imported, members, origin, depth + 1)
                }
                ImportBinding::Namespace { specifier } => {
                    let target = self.module(file, specifier, origin)?;
                    let Some((first, rest)) = members.split_first() else {
                        return Err(Diagnostic::error_at(
                            "UNRESOLVED_FRAGMENT",
                            format!(
                                "namespace `{name}` is not a fragment; name one of its exports"
                            ),
                            origin,
                        ));
                    };
                    self.export(target, first, rest, origin, depth + 1)
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
    ) -> Result<DefIndex, Diagnostic> {
        check_depth(name, origin, depth)?;
        let analysis = &self.analyses[file];
        match analysis.module.exports.get(name) {
            Some(ExportTarget::Local(local)) => {
                return self.local(file, local, members, origin, depth + 1)
            }
            Some(ExportTarget::ReExport {
                specifier,
                imported,
            }) => {
                let target = self.module(file, specifier, origin)?;
                return self.export(target, imported, members, origin, depth + 1);
            }
            Some(ExportTarget::Namespace { specifier }) => {
                let target = self.module(file, specifier, origin)?;
                if let Some((first, rest)) = members.split_first() {
                    return self.export(target, first, rest, origin, depth + 1);
                }
            }
            None => {
                for specifier in &analysis.module.star_exports {
                    let Ok(target) = self.module(file, specifier, origin) else {
                        continue;
                    };
                    if let Ok(found) = self.export(target, name, members, origin, depth + 1) {
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

impl FragmentSource for Resolver<'_> {
    fn resolve(
        &self,
        from: DefIndex,
        target: &FragmentRef,
        origin: Origin,
    ) -> Result<DefIndex, Diagnostic> {
        let file = self.defs.get(from).map_or(0, |&(file, _)| file);
        self.local(file, &target.local, &target.members, origin, 0)
    }

    fn fragment(&self, def: DefIndex, origin: Origin) -> Result<&FragmentIr, Diagnostic> {
        match self.extracted(def) {
            Some(Ok(ExtractedDefinition {
                ir: DefinitionIr::Fragment(fragment),
                ..
            })) => Ok(fragment),
            Some(Ok(_)) => Err(Diagnostic::error_at(
                "SPREAD_OF_OPERATION",
                format!(
                    "`{}` is an operation; only fragments can be spread",
                    self.canonical_id(def)
                ),
                origin,
            )),
            _ => Err(Diagnostic::error_at(
                "FRAGMENT_HAS_ERRORS",
                format!(
                    "fragment `{}` has errors (reported at its definition)",
                    self.canonical_id(def)
                ),
                origin,
            )),
        }
    }
}

/// Compiles every definition of the analysed project.
pub fn compile_project(
    config: &Config,
    analyses: &[FileAnalysis],
    ts_paths: Option<&TsPaths>,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> DefinitionTable {
    let _ = config;
    let resolver = Resolver::new(analyses, ts_paths);
    let mut entries: Vec<CompiledDefinition> = (0..resolver.defs.len())
        .into_par_iter()
        .map(|def| compile_definition(&resolver, def, schemas))
        .collect();
    reject_duplicate_operation_names(&mut entries, analyses);
    for entry in &mut entries {
        if !entry.diagnostics.is_empty()
            && !matches!(entry.outcome, Outcome::Failed(_))
            && entry.diagnostics.iter().any(Diagnostic::is_error)
        {
            entry.outcome = Outcome::Failed(Vec::new());
        }
        if let Outcome::Failed(stored) = &mut entry.outcome {
            *stored = entry
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

fn compile_definition(
    resolver: &Resolver<'_>,
    def: DefIndex,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> CompiledDefinition {
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
        fragments: Vec::new(),
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
                resolver,
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
                    entry.fragments = inlined.fragments;
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
                resolver,
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
                    entry.fragments = inlined.fragments;
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

fn reject_duplicate_operation_names(entries: &mut [CompiledDefinition], analyses: &[FileAnalysis]) {
    let mut first: HashMap<(String, String), Origin> = HashMap::new();
    let mut seen_ids = HashSet::new();
    for entry in entries.iter_mut() {
        seen_ids.insert(entry.canonical_id.clone());
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
