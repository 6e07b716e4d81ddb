//! Compiling one definition against the whole project: resolve its spreads, inline, validate,
//! print, and build upstream's `prebuild` — recording everything it consulted.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use soda_analysis::CanonicalId;
use soda_cache_format::{FragmentArtifact, OperationArtifact, Outcome};

use super::metadata::{operation_metadata, OperationContext};
use super::resolve::{Resolver, Trail};
use super::timers::{self, Step};
use crate::diagnostic::{BuilderCode, Diagnostic, FileId, Origin};
use crate::document::extract::ExtractedDefinition;
use crate::document::inline::{inline, DefIndex, FragmentSource};
use crate::document::ir::{DefinitionIr, FragmentIr, FragmentRef, OperationIr};
use crate::document::js::syntax::Span;
use crate::document::js::Metadata;
use crate::document::print::{print_fragment, print_operation};
use crate::document::schema_index::SchemaIndex;
use crate::document::validate::validate_printed;
use crate::document::{json, OperationDocument};

/// One compiled definition.
#[derive(Debug, Clone)]
pub struct CompiledDefinition {
    /// Its file.
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

/// The resolver as one definition's compilation sees it, recording what it consults.
struct Tracked<'r, 'a> {
    resolver: &'r Resolver<'a>,
    trail: RefCell<Trail>,
}

impl Tracked<'_, '_> {
    /// The `metadata` option of fragment definition `def`.
    fn fragment_metadata(&self, def: DefIndex) -> Option<&Metadata> {
        match self.resolver.definition(def).map(|(_, d)| &d.extracted) {
            Some(Ok(extracted)) => extracted.metadata.as_ref(),
            _ => None,
        }
    }
}

impl FragmentSource for Tracked<'_, '_> {
    fn resolve(
        &self,
        from: DefIndex,
        target: &FragmentRef,
        origin: Origin,
    ) -> Result<DefIndex, Diagnostic> {
        let file = self.resolver.file_of(from).unwrap_or_default();
        let mut trail = self.trail.borrow_mut();
        self.resolver
            .local(file, &target.local, &target.members, origin, 0, &mut trail)
    }

    fn fragment(&self, def: DefIndex, origin: Origin) -> Result<&FragmentIr, Diagnostic> {
        if let Some(file) = self.resolver.file_of(def) {
            let mut trail = self.trail.borrow_mut();
            trail.files.insert(file);
            trail.fragments.insert(def);
        }
        match self.resolver.definition(def).map(|(_, d)| &d.extracted) {
            Some(Ok(ExtractedDefinition {
                ir: DefinitionIr::Fragment(fragment),
                ..
            })) => Ok(fragment),
            Some(Ok(_)) => Err(BuilderCode::SpreadOfOperation.at(
                origin,
                format!(
                    "`{}` is an operation; only fragments can be spread",
                    self.resolver.canonical_id(def)
                ),
            )),
            _ => Err(BuilderCode::FragmentHasErrors.at(
                origin,
                format!(
                    "fragment `{}` has errors (reported at its definition)",
                    self.resolver.canonical_id(def)
                ),
            )),
        }
    }
}

/// Compiles definition `def` against the whole project.
pub(crate) fn compile_definition(
    resolver: &Resolver<'_>,
    def: DefIndex,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> CompiledDefinition {
    let tracked = Tracked {
        resolver,
        trail: RefCell::new(Trail::default()),
    };
    let mut entry = timers::time(Step::Compile, || compile_tracked(&tracked, def, schemas));
    entry.dependencies = dependencies(resolver, tracked.trail.into_inner(), &entry);
    entry
}

/// The trail in paths and canonical ids (positions are only valid during one build).
fn dependencies(resolver: &Resolver<'_>, trail: Trail, entry: &CompiledDefinition) -> Dependencies {
    let path = |file: usize| resolver.file(file).relative_path.clone();
    let mut files: BTreeSet<String> = trail.files.into_iter().map(path).collect();
    files.insert(entry.canonical_id.source_path().to_owned());
    Dependencies {
        files,
        resolutions: trail
            .resolutions
            .into_iter()
            .map(|(from, spec, to)| (path(from), spec, to.map(path)))
            .collect(),
        fragments: trail
            .fragments
            .iter()
            .map(|&def| resolver.canonical_id(def).to_string())
            .collect(),
    }
}

fn compile_tracked(
    tracked: &Tracked<'_, '_>,
    def: DefIndex,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> CompiledDefinition {
    let Some((analysis, definition)) = tracked.resolver.definition(def) else {
        return CompiledDefinition {
            file: FileId(u32::MAX),
            canonical_id: CanonicalId::new("", ""),
            schema: String::new(),
            fingerprint: 0,
            outcome: Outcome::Failed(Vec::new()),
            diagnostics: Vec::new(),
            dependencies: Dependencies::default(),
        };
    };
    let site = &definition.site;
    let mut entry = CompiledDefinition {
        file: analysis.file_id,
        canonical_id: CanonicalId::new(&analysis.relative_path, &site.ast_path),
        schema: site.schema.clone(),
        fingerprint: site.fingerprint,
        outcome: Outcome::Failed(Vec::new()),
        diagnostics: Vec::new(),
        dependencies: Dependencies::default(),
    };
    let extracted = match &definition.extracted {
        Ok(extracted) => extracted,
        Err(diagnostics) => {
            entry.diagnostics = diagnostics.clone();
            return entry;
        }
    };
    let Some(schema) = schemas.get(&site.schema) else {
        return entry;
    };
    let result = match &extracted.ir {
        DefinitionIr::Fragment(fragment) => {
            compile_fragment(tracked, def, fragment, schema, &site.schema)
        }
        DefinitionIr::Operation(op) => {
            compile_operation(tracked, def, op, extracted, schema, &site.schema)
        }
    };
    match result {
        Ok(outcome) => entry.outcome = outcome,
        Err(diagnostics) => entry.diagnostics = diagnostics,
    }
    entry
}

fn compile_fragment(
    tracked: &Tracked<'_, '_>,
    def: DefIndex,
    fragment: &FragmentIr,
    schema: &SchemaIndex,
    schema_name: &str,
) -> Result<Outcome, Vec<Diagnostic>> {
    if !schema.is_composite(&fragment.type_condition) {
        return Err(vec![BuilderCode::UnknownType.at(
            fragment.origin,
            format!(
                "fragment `{}` is on `{}`, which is not an object, interface or union of schema `{schema_name}`",
                fragment.key, fragment.type_condition
            ),
        )]);
    }
    let inlined = inline(
        def,
        &fragment.variables,
        &fragment.selections,
        Some(&fragment.type_condition),
        tracked,
        Some(schema),
    )?;
    let printed = print_fragment(
        "SodaFragment",
        &fragment.type_condition,
        &inlined.selections,
    );
    let errors = timers::time(Step::Validate, || {
        validate_printed(
            &printed,
            schema,
            fragment.origin,
            &["UnusedFragment", "UndefinedVariable"],
        )
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Outcome::Fragment(FragmentArtifact {
        typename: fragment.type_condition.clone(),
        key: fragment.key.clone(),
    }))
}

fn compile_operation(
    tracked: &Tracked<'_, '_>,
    def: DefIndex,
    op: &OperationIr,
    extracted: &ExtractedDefinition,
    schema: &SchemaIndex,
    schema_name: &str,
) -> Result<Outcome, Vec<Diagnostic>> {
    let Some(root) = schema.root_type(op.operation_type) else {
        return Err(vec![BuilderCode::UnknownType.at(
            op.origin,
            format!(
                "schema `{schema_name}` has no {} root type",
                op.operation_type.as_str()
            ),
        )]);
    };
    let inlined = inline(
        def,
        &op.variables,
        &op.selections,
        Some(&root),
        tracked,
        Some(schema),
    )?;
    let mut variables = inlined.variables;
    if inlined.rebuilds_variables {
        // Upstream rebuilds the definitions from specifiers, which carry no directives.
        variables.iter_mut().for_each(|v| v.directives.clear());
    }
    let document = OperationDocument {
        operation_type: op.operation_type,
        name: op.name.clone(),
        variables,
        selections: inlined.selections,
        rebuilt_variables: inlined.rebuilds_variables,
        variables_source: op.variables_source.clone(),
    };
    let printed = print_operation(&document);
    let errors = timers::time(Step::Validate, || {
        validate_printed(&printed, schema, op.origin, &[])
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    let variable_names: Vec<String> = document.variables.iter().map(|v| v.name.clone()).collect();
    let document_node = json::document_node(&document);
    let metadata = operation_metadata(
        &OperationContext {
            own: extracted.metadata.as_ref(),
            variables: &document.variables,
            spreads: &inlined.spreads,
            document: &document_node,
            span: Span {
                file: op.origin.file,
                start: op.origin.offset,
                end: op.origin.offset,
            },
        },
        |def| tracked.fragment_metadata(def),
    )?;
    let prebuild = operation_prebuild(&document, &document_node, schema_name, &variable_names);
    Ok(Outcome::Operation(OperationArtifact {
        operation_type: op.operation_type.as_str().to_owned(),
        operation_name: op.name.clone(),
        variable_names,
        prebuild_json: with_metadata(prebuild, metadata.as_deref()),
        sha256: crate::digest::sha256_hex(printed.text.as_bytes()),
        text: printed.text,
    }))
}

/// Upstream's operation `prebuild` without `metadata`, compact JSON: `{ operationType,
/// operationName, schemaLabel, document, variableNames }`.
fn operation_prebuild(
    document: &OperationDocument,
    document_node: &str,
    schema_name: &str,
    variable_names: &[String],
) -> String {
    let text = |value: &str| serde_json::Value::from(value).to_string();
    format!(
        "{{\"operationType\":{},\"operationName\":{},\"schemaLabel\":{},\"document\":{document_node},\"variableNames\":{}}}",
        text(document.operation_type.as_str()),
        text(&document.name),
        text(schema_name),
        serde_json::Value::from(variable_names.to_vec()),
    )
}

/// `prebuild` (compact JSON of an object) with `"metadata": <json>` appended as its last key.
/// Spliced as text: the metadata is `JSON.stringify` output (ECMAScript number formatting),
/// which a round trip through `serde_json::Value` would not keep.
fn with_metadata(mut prebuild: String, metadata: Option<&str>) -> String {
    if let (Some(metadata), Some(b'}')) = (metadata, prebuild.as_bytes().last()) {
        prebuild.pop();
        prebuild.push_str(",\"metadata\":");
        prebuild.push_str(metadata);
        prebuild.push('}');
    }
    prebuild
}
