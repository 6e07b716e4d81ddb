//! Rewriting a module: each definition call becomes its artifact; the graphql-system import
//! goes, and so do imports only the replaced definitions used; the runtime import (and the
//! artifact module's) comes in after the directive prologue (`"use client"` stays first).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use soda_analysis::source_path;
use soda_cache_format::{artifact_module_file_name, fingerprint_hex, ArchivedOutcome, MODULES_DIR};
use swc_core::atoms::Atom;
use swc_core::common::{Span, Spanned, DUMMY_SP};
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
    let inside = replace_calls(module, by_span);
    remove_imports(module, |import| {
        is_system(&import.src.value.as_wtf8().to_string_lossy())
    });
    // Imports that only the replaced calls used go too; finding out takes a scan of the module
    // only when such a call used an import at all.
    let candidates: HashSet<Atom> = imported_names(module)
        .into_iter()
        .filter(|name| inside.contains(name))
        .collect();
    if !candidates.is_empty() {
        let mut uses = Names {
            of: Some(&candidates),
            found: HashSet::default(),
        };
        module.visit_with(&mut uses);
        let unused: HashSet<Atom> = candidates.difference(&uses.found).cloned().collect();
        remove_import_specifiers(module, &unused);
    }
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

/// Drops the import specifiers binding `names` (and imports left empty by that; imports that
/// had no specifiers stay).
fn remove_import_specifiers(module: &mut Module, names: &HashSet<Atom>) {
    let unused = |local: &Ident| names.contains(&local.sym);
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

/// The identifiers used under a node (all, or those `of` a set); imports are not uses.
struct Names<'a> {
    of: Option<&'a HashSet<Atom>>,
    found: HashSet<Atom>,
}

impl Visit for Names<'_> {
    fn visit_import_decl(&mut self, _: &ImportDecl) {}

    fn visit_ident(&mut self, ident: &Ident) {
        if self.of.is_none_or(|of| of.contains(&ident.sym)) {
            self.found.insert(ident.sym.clone());
        }
    }
}

/// The local names the module's imports bind.
fn imported_names(module: &Module) -> HashSet<Atom> {
    let mut names = HashSet::default();
    for item in &module.body {
        if let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item {
            names.extend(import.specifiers.iter().filter_map(|s| match s {
                ImportSpecifier::Named(n) => Some(n.local.sym.clone()),
                ImportSpecifier::Default(d) => Some(d.local.sym.clone()),
                ImportSpecifier::Namespace(n) => Some(n.local.sym.clone()),
                _ => None,
            }));
        }
    }
    names
}

/// Replaces each call of `by_span`; returns the names used inside them.
///
/// Module items whose span holds none of the calls are skipped. Should a call sit under a node
/// whose span does not cover it (code another transform made), a second pass visits everything.
fn replace_calls(module: &mut Module, by_span: HashMap<Span, Expr>) -> HashSet<Atom> {
    let mut replacer = CallReplacer {
        by_span,
        inside: HashSet::default(),
        skip_by_span: true,
    };
    module.visit_mut_with(&mut replacer);
    if !replacer.by_span.is_empty() {
        replacer.skip_by_span = false;
        module.visit_mut_with(&mut replacer);
    }
    replacer.inside
}

struct CallReplacer {
    by_span: HashMap<Span, Expr>,
    inside: HashSet<Atom>,
    skip_by_span: bool,
}

impl VisitMut for CallReplacer {
    fn visit_mut_module_item(&mut self, item: &mut ModuleItem) {
        let span = item.span();
        if self.skip_by_span && !self.by_span.keys().any(|call| span.contains(*call)) {
            return;
        }
        item.visit_mut_children_with(self);
    }

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            if let Some(replacement) = self.by_span.remove(&call.span) {
                let mut names = Names {
                    of: None,
                    found: std::mem::take(&mut self.inside),
                };
                call.visit_with(&mut names);
                self.inside = names.found;
                *expr = replacement;
                return;
            }
        }
        expr.visit_mut_children_with(self);
    }
}

#[cfg(test)]
#[allow(clippy::panic, reason = "tests")]
mod tests {
    use super::*;

    fn module(text: &str) -> Module {
        use swc_core::common::{sync::Lrc, FileName, SourceMap};
        use swc_core::ecma::parser::{parse_file_as_module, Syntax};
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(FileName::Anon.into(), text.to_owned());
        let parsed = parse_file_as_module(
            &fm,
            Syntax::Es(Default::default()),
            EsVersion::latest(),
            None,
            &mut Vec::new(),
        );
        parsed.unwrap_or_else(|_| panic!("test input parses"))
    }

    /// The span of the first call of the statement.
    fn first_call(item: &ModuleItem) -> Span {
        struct First(Option<Span>);
        impl Visit for First {
            fn visit_call_expr(&mut self, call: &CallExpr) {
                self.0.get_or_insert(call.span);
            }
        }
        let mut first = First(None);
        item.visit_with(&mut first);
        first.0.unwrap_or_else(|| panic!("a call"))
    }

    #[test]
    fn calls_are_replaced_in_their_items_and_under_spans_that_do_not_cover_them() {
        let mut module = module("const a = 1;\nexport const b = f(x);\nconst c = g(y);\n");
        let b = first_call(&module.body[1]);
        let c = first_call(&module.body[2]);
        // Code another transform made: an item whose span does not cover its call.
        if let ModuleItem::Stmt(Stmt::Decl(Decl::Var(var))) = &mut module.body[2] {
            var.span = DUMMY_SP;
        }
        let by_span = [(b, ident_expr("B")), (c, ident_expr("C"))]
            .into_iter()
            .collect();
        let inside = replace_calls(&mut module, by_span);
        assert_eq!(call_count(&module), 0);
        let names: Vec<&str> = {
            let mut v: Vec<&str> = inside.iter().map(|a| a.as_str()).collect();
            v.sort_unstable();
            v
        };
        assert_eq!(names, ["f", "g", "x", "y"]);
    }

    fn call_count(module: &Module) -> usize {
        struct Count(usize);
        impl Visit for Count {
            fn visit_call_expr(&mut self, _: &CallExpr) {
                self.0 += 1;
            }
        }
        let mut count = Count(0);
        module.visit_with(&mut count);
        count.0
    }

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
