//! Rewriting a module: each definition call becomes its artifact; the graphql-system import goes;
//! the runtime import (and, in `module` mode, the artifact-module import) comes in.

use std::collections::HashMap;

use soda_analysis::{source_path, CanonicalId, DefinitionSite, GraphqlSystem};
use soda_cache_format::{
    artifact_module_file_name, ArchivedDefinition, ArchivedOutcome, MODULES_DIR,
};
use swc_core::common::{Span, DUMMY_SP};
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

use crate::build_ast::*;
use crate::options::{Emit, PluginOptions};

const RUNTIME_NAME: &str = "gqlRuntime";
const ELEMENT_LOCAL: &str = "__soda_element";
const ELEMENT_EXPORT: &str = "element";

/// One definition to replace.
pub struct Replacement<'a> {
    pub site: DefinitionSite,
    pub id: CanonicalId,
    /// The cached definition (`None` when missing; only in development `module` mode).
    pub stored: Option<&'a ArchivedDefinition>,
}

/// The import specifier of `source`'s generated artifact module, relative to the importing file.
pub fn artifact_module_specifier(relative_file: &str, cache_dir: &str, source: &str) -> String {
    let module = source_path::join(
        cache_dir,
        &format!("{MODULES_DIR}/{}", artifact_module_file_name(source)),
    );
    let from: Vec<&str> = source_path::parent(relative_file)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let to: Vec<&str> = module.split('/').filter(|s| !s.is_empty()).collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = std::iter::repeat_n("..", from.len() - common).collect();
    parts.extend(&to[common..]);
    let joined = parts.join("/");
    if joined.starts_with("..") {
        joined
    } else {
        format!("./{joined}")
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

fn fingerprint_hex(fingerprint: u64) -> String {
    format!("{fingerprint:016x}")
}

/// Applies the replacements and fixes the imports.
pub fn apply(
    module: &mut Module,
    replacements: &[Replacement<'_>],
    system: &GraphqlSystem,
    source: &str,
    options: &PluginOptions,
    artifact_module: &str,
) {
    let mut by_span: HashMap<Span, Expr> = HashMap::new();
    let mut registrations = Vec::new();
    for replacement in replacements {
        let span = replacement.site.span;
        let expr = match options.emit {
            Emit::Module => call(
                span,
                ident_expr(ELEMENT_LOCAL),
                vec![
                    ident_expr(RUNTIME_NAME),
                    str_expr(replacement.id.as_str()),
                    str_expr(&fingerprint_hex(replacement.site.fingerprint)),
                ],
            ),
            Emit::Inline => match replacement.stored.map(|d| &d.outcome) {
                Some(ArchivedOutcome::Fragment(fragment)) => call(
                    span,
                    member(ident_expr(RUNTIME_NAME), "fragment"),
                    vec![object(vec![(
                        "prebuild",
                        object(vec![
                            ("typename", str_expr(&fragment.typename)),
                            ("key", str_expr(&fragment.key)),
                            ("schemaLabel", str_expr(&replacement.site.schema)),
                        ]),
                    )])],
                ),
                Some(ArchivedOutcome::Operation(operation)) => {
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
                        member(ident_expr(RUNTIME_NAME), "getOperation"),
                        vec![str_expr(&operation.operation_name)],
                    )
                }
                // Missing or failed definitions were reported as errors before; leave the call.
                _ => continue,
            },
        };
        by_span.insert(span, expr);
    }
    if by_span.is_empty() {
        return;
    }
    module.visit_mut_with(&mut CallReplacer { by_span });

    // Imports: drop the graphql-system, add or merge the runtime, add the artifact module.
    module.body.retain(|item| match item {
        ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => {
            !system.is_import(source, &import.src.value.as_wtf8().to_string_lossy())
        }
        _ => true,
    });
    let mut header = Vec::new();
    if !merge_runtime_import(module, &options.runtime_module) {
        header.push(named_import(
            RUNTIME_NAME,
            RUNTIME_NAME,
            &options.runtime_module,
        ));
    }
    if options.emit == Emit::Module {
        header.push(named_import(ELEMENT_EXPORT, ELEMENT_LOCAL, artifact_module));
    }
    let mut body = header;
    body.append(&mut module.body);
    // Operation registrations go after the last import, in source order (upstream's placement).
    let after_imports = body
        .iter()
        .rposition(|i| matches!(i, ModuleItem::ModuleDecl(ModuleDecl::Import(_))))
        .map_or(0, |i| i + 1);
    body.splice(after_imports..after_imports, registrations);
    module.body = body;
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

struct CallReplacer {
    by_span: HashMap<Span, Expr>,
}

impl VisitMut for CallReplacer {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            if let Some(replacement) = self.by_span.remove(&call.span) {
                *expr = replacement;
                return;
            }
        }
        expr.visit_mut_children_with(self);
    }
}

#[cfg(test)]
mod tests {
    use super::artifact_module_specifier;

    #[test]
    fn artifact_module_paths_are_relative_to_the_importing_file() {
        assert_eq!(
            artifact_module_specifier("src/ops/user.ts", ".soda-cache", "src/ops/user.ts"),
            format!(
                "../../.soda-cache/modules/{}",
                soda_cache_format::artifact_module_file_name("src/ops/user.ts")
            )
        );
        assert!(artifact_module_specifier("app.ts", ".soda-cache", "app.ts")
            .starts_with("./.soda-cache/modules/"));
        assert!(
            artifact_module_specifier("web/src/a.ts", "web/.soda-cache", "src/a.ts")
                .starts_with("../.soda-cache/modules/")
        );
    }
}
