//! Finding `gql.<schema>(...)` definitions and naming them with upstream builder's astPath rules.
//!
//! Scopes: variable declarators, function declarations and expressions, classes, class methods
//! and properties with identifier names, and object `key: value` properties. Anonymous scopes
//! are `_arrow_N`, `_function_N`, `_class_N`; a definition outside any scope is `_anonymous_N`.
//! Each `N` is a per-file, per-kind counter in traversal order. A repeated path gets `$1`, `$2`, ….
//! The walk never enters a definition, so arrows inside one are not counted.

use rustc_hash::FxHashSet as HashSet;

use swc_core::common::Span;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::VisitWith;

use crate::diagnostics::{AnalysisCode, AnalysisDiagnostic};

mod calls;
mod finder;

use finder::{Counters, Finder};

/// One definition found in a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionSite {
    /// The astPath part of the canonical id.
    pub ast_path: String,
    /// The schema name: `default` in `gql.default(...)`.
    pub schema: String,
    /// Span of the `gql.<schema>(...)` call itself (inside any `.attach(...)` chain).
    pub span: Span,
    /// The call's source fingerprint.
    pub fingerprint: u64,
    /// Whether member access along the astPath reaches this definition: it is the value of a
    /// top-level `const` (possibly nested in object literals), so `a.b` names `a.b`'s definition.
    pub addressable: bool,
    /// An analysis error that makes the definition uncompilable.
    pub error: Option<AnalysisDiagnostic>,
    /// The factory returns a "define" element (`query.compat("Name")`...``, `define(...)`): it
    /// takes its canonical id like any definition, but upstream keeps it out of the artifact
    /// and no transformer replaces it, so the builder compiles nothing and the plugin leaves it.
    pub define: bool,
}

/// Everything the analysis found in one module.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ModuleDefinitions {
    /// Whether the module imports the graphql-system at all.
    pub imports_graphql_system: bool,
    /// Definitions in traversal order.
    pub definitions: Vec<DefinitionSite>,
    /// Import and call diagnostics, in upstream's order (imports, then calls, then class properties).
    pub diagnostics: Vec<AnalysisDiagnostic>,
}

/// Finds every definition in `module`. `is_graphql_system(specifier)` says which imports denote
/// the graphql-system. `on_definition` sees each definition with its call, for callers that
/// need the AST (the builder) while the walk borrows it.
pub fn find_definitions(
    module: &Module,
    is_graphql_system: impl Fn(&str) -> bool,
    mut on_definition: impl FnMut(&DefinitionSite, &CallExpr),
) -> ModuleDefinitions {
    let mut result = ModuleDefinitions::default();
    let mut gql_names = HashSet::default();
    for item in &module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        if !is_graphql_system(&import.src.value.as_wtf8().to_string_lossy()) {
            continue;
        }
        result.imports_graphql_system = true;
        for specifier in &import.specifiers {
            match specifier {
                ImportSpecifier::Named(named) => match &named.imported {
                    None if &*named.local.sym == "gql" => {
                        gql_names.insert(named.local.sym.clone());
                    }
                    Some(imported) if module_export_name(imported) == "gql" => {
                        result.diagnostics.push(AnalysisDiagnostic {
                            code: AnalysisCode::RenamedImport,
                            message: format!(
                                "Import alias \"{}\" not recognized - use \"import {{ gql }} from ...\"",
                                named.local.sym
                            ),
                            span: named.span,
                        });
                    }
                    _ => {}
                },
                ImportSpecifier::Namespace(ns) => result.diagnostics.push(AnalysisDiagnostic {
                    code: AnalysisCode::StarImport,
                    message: format!(
                        "Namespace import \"{}\" not fully supported - use named import",
                        ns.local.sym
                    ),
                    span: ns.span,
                }),
                ImportSpecifier::Default(default) => result.diagnostics.push(AnalysisDiagnostic {
                    code: AnalysisCode::DefaultImport,
                    message: "Default import not supported - use \"import { gql } from ...\""
                        .into(),
                    span: default.local.span,
                }),
                _ => {}
            }
        }
    }
    if gql_names.is_empty() {
        return result;
    }
    let mut finder = Finder {
        gql_names: &gql_names,
        stack: Vec::new(),
        counters: Counters::default(),
        used_paths: HashSet::default(),
        definitions: Vec::new(),
        call_diagnostics: Vec::new(),
        class_property_diagnostics: Vec::new(),
        direct_value: None,
        skipped_class_property: false,
        on_definition: &mut on_definition,
    };
    for item in &module.body {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(_)) => {}
            other => {
                finder.stack.clear();
                other.visit_with(&mut finder);
            }
        }
    }
    result.definitions = finder.definitions;
    result.diagnostics.extend(finder.call_diagnostics);
    result.diagnostics.extend(finder.class_property_diagnostics);
    result
}

fn module_export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(ident) => ident.sym.to_string(),
        ModuleExportName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
        _ => String::new(),
    }
}
