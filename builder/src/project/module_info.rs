//! The module-level facts fragment resolution needs: imports, exports, top-level names.

use std::collections::{HashMap, HashSet};

use swc_core::ecma::ast::*;

/// What a local name imported from another module is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportBinding {
    /// `import { imported as local } from "specifier"`.
    Named { specifier: String, imported: String },
    /// `import * as local from "specifier"`.
    Namespace { specifier: String },
    /// `import local from "specifier"`.
    Default { specifier: String },
}

/// What an exported name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportTarget {
    /// A binding of this module (`export const x`, `export { a as b }`).
    Local(String),
    /// `export { x as y } from "specifier"`.
    ReExport { specifier: String, imported: String },
    /// `export * as ns from "specifier"`.
    Namespace { specifier: String },
}

/// Imports and exports of one module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleInfo {
    /// Local name → what it imports (type-only imports are skipped).
    pub imports: HashMap<String, ImportBinding>,
    /// Exported name → target.
    pub exports: HashMap<String, ExportTarget>,
    /// `export * from "specifier"`, in order.
    pub star_exports: Vec<String>,
    /// Names declared at the top level of the module.
    pub top_level: HashSet<String>,
    /// Every module specifier the module imports or re-exports from (for discovery).
    pub specifiers: Vec<String>,
}

fn export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(ident) => ident.sym.to_string(),
        ModuleExportName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
        _ => String::new(),
    }
}

fn str_value(s: &Str) -> String {
    s.value.as_wtf8().to_string_lossy().into_owned()
}

fn declared_names(decl: &Decl, out: &mut Vec<String>) {
    match decl {
        Decl::Var(var) => {
            for declarator in &var.decls {
                if let Pat::Ident(binding) = &declarator.name {
                    out.push(binding.id.sym.to_string());
                }
            }
        }
        Decl::Fn(f) => out.push(f.ident.sym.to_string()),
        Decl::Class(c) => out.push(c.ident.sym.to_string()),
        _ => {}
    }
}

impl ModuleInfo {
    /// Collects the facts of `module`.
    pub fn collect(module: &Module) -> Self {
        let mut info = ModuleInfo::default();
        for item in &module.body {
            match item {
                ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => info.import(import),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                    let mut names = Vec::new();
                    declared_names(&export.decl, &mut names);
                    for name in names {
                        info.top_level.insert(name.clone());
                        info.exports.insert(name.clone(), ExportTarget::Local(name));
                    }
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(named)) if !named.type_only => {
                    info.export_named(named);
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportAll(all)) if !all.type_only => {
                    let specifier = str_value(&all.src);
                    info.specifiers.push(specifier.clone());
                    info.star_exports.push(specifier);
                }
                ModuleItem::Stmt(Stmt::Decl(decl)) => {
                    let mut names = Vec::new();
                    declared_names(decl, &mut names);
                    info.top_level.extend(names);
                }
                _ => {}
            }
        }
        info
    }

    /// `import { a as b } from "x"`, `import * as ns from "x"`, `import d from "x"`.
    fn import(&mut self, import: &ImportDecl) {
        let specifier = str_value(&import.src);
        self.specifiers.push(specifier.clone());
        if import.type_only {
            return;
        }
        for s in &import.specifiers {
            let (local, binding) = match s {
                ImportSpecifier::Named(named) if !named.is_type_only => (
                    named.local.sym.to_string(),
                    ImportBinding::Named {
                        specifier: specifier.clone(),
                        imported: named
                            .imported
                            .as_ref()
                            .map_or_else(|| named.local.sym.to_string(), export_name),
                    },
                ),
                ImportSpecifier::Namespace(ns) => (
                    ns.local.sym.to_string(),
                    ImportBinding::Namespace {
                        specifier: specifier.clone(),
                    },
                ),
                ImportSpecifier::Default(d) => (
                    d.local.sym.to_string(),
                    ImportBinding::Default {
                        specifier: specifier.clone(),
                    },
                ),
                _ => continue,
            };
            self.imports.insert(local, binding);
        }
    }

    /// `export { a as b }`, `export { a as b } from "x"`, `export * as ns from "x"`.
    fn export_named(&mut self, named: &NamedExport) {
        let source = named.src.as_ref().map(|s| str_value(s));
        if let Some(source) = &source {
            self.specifiers.push(source.clone());
        }
        for s in &named.specifiers {
            match s {
                ExportSpecifier::Named(n) if !n.is_type_only => {
                    let orig = export_name(&n.orig);
                    let exported = n
                        .exported
                        .as_ref()
                        .map_or_else(|| orig.clone(), export_name);
                    let target = match &source {
                        Some(specifier) => ExportTarget::ReExport {
                            specifier: specifier.clone(),
                            imported: orig,
                        },
                        None => ExportTarget::Local(orig),
                    };
                    self.exports.insert(exported, target);
                }
                ExportSpecifier::Namespace(ns) => {
                    if let Some(specifier) = &source {
                        self.exports.insert(
                            export_name(&ns.name),
                            ExportTarget::Namespace {
                                specifier: specifier.clone(),
                            },
                        );
                    }
                }
                _ => {}
            }
        }
    }
}
