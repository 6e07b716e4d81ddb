//! Rewriting a module: each definition call becomes its artifact; the graphql-system import
//! goes, and so do imports only the replaced definitions used; the runtime import (and the
//! artifact module's) comes in after the directive prologue (`"use client"` stays first).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use soda_analysis::source_path;
use soda_cache_format::{artifact_module_file_name, fingerprint_hex, ArchivedOutcome, MODULES_DIR};
use swc_core::atoms::Atom;
use swc_core::common::{Span, DUMMY_SP};
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use crate::build_ast::*;
use crate::options::PluginOptions;
use crate::plan::{Output, Replacement};

const RUNTIME_NAME: &str = "gqlRuntime";
const DEFAULT_ALIAS: &str = "@/graphql-system";
/// The artifact module's exports and their local names in the output.
const ELEMENT: (&str, &str) = ("element", "__soda_element");
const PREBUILT: (&str, &str) = ("prebuilt", "__soda_prebuilt");

/// The import specifier of the artifact module for the file at `relative_file` (relative to
/// the host cwd), whose cache key is `cache_key`.
pub fn artifact_module_specifier(relative_file: &str, cache_dir: &str, cache_key: &str) -> String {
    let module = source_path::join(
        cache_dir,
        &format!("{MODULES_DIR}/{}", artifact_module_file_name(cache_key)),
    );
    let relative = source_path::relative(source_path::parent(relative_file), &module);
    if relative.starts_with("..") {
        relative
    } else {
        format!("./{relative}")
    }
}

/// Replaces the whole module by `export {};`.
pub fn replace_with_empty_module(module: &mut Module) {
    module.body = vec![ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(
        NamedExport {
            span: DUMMY_SP,
            specifiers: Vec::new(),
            src: None,
            type_only: false,
            with: None,
        },
    ))];
}

/// The span of an import that probably names the graphql-system (used before the cache says
/// which specifiers do).
pub fn likely_graphql_system_import(module: &Module) -> Option<Span> {
    module.body.iter().find_map(|item| match item {
        ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl { src, span, .. })) => {
            let specifier = src.value.as_wtf8().to_string_lossy();
            (specifier == DEFAULT_ALIAS
                || specifier.ends_with("graphql-system")
                || specifier.contains("graphql-system/"))
            .then_some(*span)
        }
        _ => None,
    })
}

/// Applies the replacements and fixes the imports.
pub fn apply(
    module: &mut Module,
    replacements: &[Replacement<'_>],
    is_system: &dyn Fn(&str) -> bool,
    options: &PluginOptions,
    artifact_module: &str,
) {
    let mut by_span: HashMap<Span, Expr> = HashMap::default();
    let mut registrations = Vec::new();
    let mut module_imports: Vec<(&str, &str)> = Vec::new();
    for replacement in replacements {
        let Some(expr) = replacement_expr(replacement, &mut registrations, &mut module_imports)
        else {
            continue;
        };
        by_span.insert(replacement.site.span, expr);
    }
    if by_span.is_empty() {
        return;
    }
    // One pass replaces the calls and notes which names are used inside and outside them.
    let mut replacer = CallReplacer {
        by_span,
        inside: HashSet::default(),
        outside: HashSet::default(),
    };
    for expr in replacer.by_span.values() {
        expr.visit_with(&mut Names(&mut replacer.outside));
    }
    registrations.visit_with(&mut Names(&mut replacer.outside));
    module.visit_mut_with(&mut replacer);
    remove_imports(module, |import| {
        is_system(&import.src.value.as_wtf8().to_string_lossy())
    });
    remove_unused_imports(module, &replacer.inside, &replacer.outside);
    let mut header = Vec::new();
    if !merge_runtime_import(module, &options.runtime_module) {
        header.push(named_import(
            RUNTIME_NAME,
            RUNTIME_NAME,
            &options.runtime_module,
        ));
    }
    module_imports.sort_unstable();
    module_imports.dedup();
    for (export, local) in module_imports {
        header.push(named_import(export, local, artifact_module));
    }
    insert_after_directives(module, header);
    // Operation registrations go after the last import, in source order (upstream's placement).
    let after_imports = module
        .body
        .iter()
        .rposition(|i| matches!(i, ModuleItem::ModuleDecl(ModuleDecl::Import(_))))
        .map_or(0, |i| i + 1);
    module
        .body
        .splice(after_imports..after_imports, registrations);
}

/// The expression that replaces one call (`None`: nothing to emit for it).
fn replacement_expr(
    replacement: &Replacement<'_>,
    registrations: &mut Vec<ModuleItem>,
    module_imports: &mut Vec<(&'static str, &'static str)>,
) -> Option<Expr> {
    let span = replacement.site.span;
    // The artifact module is the file's own: it knows its definitions by their astPath.
    let id = str_expr(&replacement.site.ast_path);
    let runtime = ident_expr(RUNTIME_NAME);
    Some(match &replacement.output {
        Output::Reference => {
            module_imports.push(ELEMENT);
            let fingerprint = str_expr(&fingerprint_hex(replacement.site.fingerprint));
            call(span, ident_expr(ELEMENT.1), vec![runtime, id, fingerprint])
        }
        Output::Prebuilt => {
            module_imports.push(PREBUILT);
            call(span, ident_expr(PREBUILT.1), vec![runtime, id])
        }
        Output::Inline(ArchivedOutcome::Fragment(fragment)) => call(
            span,
            member(runtime, "fragment"),
            vec![object(vec![(
                "prebuild",
                object(vec![
                    ("typename", str_expr(&fragment.typename)),
                    ("key", str_expr(&fragment.key)),
                    ("schemaLabel", str_expr(&replacement.site.schema)),
                ]),
            )])],
        ),
        Output::Inline(ArchivedOutcome::Operation(operation)) => {
            registrations.push(expr_stmt(call(
                DUMMY_SP,
                member(ident_expr(RUNTIME_NAME), "operation"),
                vec![object(vec![
                    (
                        "prebuild",
                        call(
                            DUMMY_SP,
                            member(ident_expr("JSON"), "parse"),
                            vec![str_expr(&operation.prebuild_json)],
                        ),
                    ),
                    ("runtime", object(Vec::new())),
                ])],
            )));
            call(
                span,
                member(runtime, "getOperation"),
                vec![str_expr(&operation.operation_name)],
            )
        }
        Output::Inline(ArchivedOutcome::Failed(_)) => return None,
    })
}

/// Inserts `items` after the directive prologue (`"use client"`, `"use strict"`, …).
fn insert_after_directives(module: &mut Module, items: Vec<ModuleItem>) {
    let directives = module
        .body
        .iter()
        .take_while(|item| {
            matches!(item, ModuleItem::Stmt(Stmt::Expr(ExprStmt { expr, .. })) if matches!(&**expr, Expr::Lit(Lit::Str(_))))
        })
        .count();
    module.body.splice(directives..directives, items);
}

fn remove_imports(module: &mut Module, remove: impl Fn(&ImportDecl) -> bool) {
    module.body.retain(|item| match item {
        ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => !remove(import),
        _ => true,
    });
}

/// Drops the import specifiers (and then empty imports) whose binding only the replaced calls
/// used; imports that were unused before the rewrite are left as they are.
fn remove_unused_imports(module: &mut Module, inside: &HashSet<Atom>, outside: &HashSet<Atom>) {
    let unused = |local: &Ident| inside.contains(&local.sym) && !outside.contains(&local.sym);
    module.body.retain_mut(|item| {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            return true;
        };
        if import.specifiers.is_empty() {
            return true;
        }
        import.specifiers.retain(|s| match s {
            ImportSpecifier::Named(n) => !unused(&n.local),
            ImportSpecifier::Default(d) => !unused(&d.local),
            ImportSpecifier::Namespace(n) => !unused(&n.local),
            _ => true,
        });
        !import.specifiers.is_empty()
    });
}

/// Adds `gqlRuntime` to an existing import of the runtime module; `false` if there is none.
fn merge_runtime_import(module: &mut Module, runtime_module: &str) -> bool {
    for item in &mut module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        if import.src.value.as_wtf8().to_string_lossy() != runtime_module {
            continue;
        }
        let has_runtime = import.specifiers.iter().any(|s| matches!(s, ImportSpecifier::Named(n) if &*n.local.sym == RUNTIME_NAME && !n.is_type_only && !import.type_only));
        if !has_runtime {
            if matches!(
                import.specifiers.first(),
                Some(ImportSpecifier::Namespace(_))
            ) {
                continue;
            }
            if import.type_only {
                // `import type { A }` becomes `import { type A, gqlRuntime }`.
                import.type_only = false;
                for s in &mut import.specifiers {
                    if let ImportSpecifier::Named(named) = s {
                        named.is_type_only = true;
                    }
                }
            }
            import
                .specifiers
                .push(ImportSpecifier::Named(ImportNamedSpecifier {
                    span: DUMMY_SP,
                    local: ident(RUNTIME_NAME),
                    imported: None,
                    is_type_only: false,
                }));
        }
        return true;
    }
    false
}

/// Every identifier under a node, into the set.
struct Names<'a>(&'a mut HashSet<Atom>);

impl Visit for Names<'_> {
    fn visit_ident(&mut self, ident: &Ident) {
        self.0.insert(ident.sym.clone());
    }
}

/// Replaces the calls in `by_span`, noting the names used inside them and everywhere else
/// (imports aside: a binding's own declaration is not a use).
struct CallReplacer {
    by_span: HashMap<Span, Expr>,
    inside: HashSet<Atom>,
    outside: HashSet<Atom>,
}

impl VisitMut for CallReplacer {
    fn visit_mut_import_decl(&mut self, _: &mut ImportDecl) {}

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            if let Some(replacement) = self.by_span.remove(&call.span) {
                call.visit_with(&mut Names(&mut self.inside));
                *expr = replacement;
                return;
            }
        }
        expr.visit_mut_children_with(self);
    }

    fn visit_mut_ident(&mut self, ident: &mut Ident) {
        self.outside.insert(ident.sym.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::artifact_module_specifier;

    #[test]
    fn artifact_module_paths_are_relative_to_the_importing_file() {
        let name = |key: &str| soda_cache_format::artifact_module_file_name(key);
        assert_eq!(
            artifact_module_specifier("src/ops/user.ts", ".soda-cache", "../src/ops/user.ts"),
            format!("../../.soda-cache/modules/{}", name("../src/ops/user.ts"))
        );
        assert_eq!(
            artifact_module_specifier("app.ts", ".soda-cache", "../app.ts"),
            format!("./.soda-cache/modules/{}", name("../app.ts"))
        );
        assert!(
            artifact_module_specifier("web/src/a.ts", "web/.soda-cache", "../src/a.ts")
                .starts_with("../.soda-cache/modules/")
        );
    }
}
