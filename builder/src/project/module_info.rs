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
    /// The specifiers of modules whose bindings this module re-exports: `export * from`,
    /// `export { x } from`, `export * as ns from`, and imports it exports again.
    pub fn reexported_specifiers(&self) -> HashSet<&str> {
        let mut out: HashSet<&str> = self.star_exports.iter().map(String::as_str).collect();
        for target in self.exports.values() {
            match target {
                ExportTarget::ReExport { specifier, .. }
                | ExportTarget::Namespace { specifier } => {
                    out.insert(specifier);
                }
                ExportTarget::Local(name) => {
                    if let Some(
                        ImportBinding::Named { specifier, .. }
                        | ImportBinding::Namespace { specifier }
                        | ImportBinding::Default { specifier },
                    ) = self.imports.get(name)
                    {
                        out.insert(specifier);
                    }
                }
            }
        }
        out
    }

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

/// The module specifiers a source's text may import or re-export from, found without parsing
/// it: every string literal right after the keyword `from` or `import` (also `import(`).
/// Comments and strings are not told apart, so this finds a superset of what a parse finds;
/// it stands in for a parse of files that cannot hold a definition, to follow their imports.
pub fn scan_specifiers(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for keyword in ["from", "import"] {
        let mut at = 0;
        while let Some(found) = text[at..].find(keyword) {
            let start = at + found;
            at = start + keyword.len();
            let word_start = start == 0 || !is_ident_byte(bytes[start - 1]);
            if !word_start || bytes.get(at).is_some_and(|b| is_ident_byte(*b)) {
                continue;
            }
            let mut i = at;
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'(') {
                i += 1;
            }
            let Some(&quote) = bytes.get(i).filter(|b| matches!(b, b'"' | b'\'')) else {
                continue;
            };
            if let Some(len) = text[i + 1..].find([quote as char, '\n']) {
                let specifier = &text[i + 1..i + 1 + len];
                if text.as_bytes().get(i + 1 + len) == Some(&quote) {
                    out.push(specifier);
                }
            }
        }
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::scan_specifiers;

    #[test]
    fn scanning_finds_every_specifier_a_parse_finds() {
        let text = r#"import a from "./a";
import { b } from './b';
import "./side-effect";
export * from "../c";
export { d } from
  "@/d";
const e = await import("./e");
import type { F } from "./f";
const notFrom = "x"; // imported from "./g" (a comment: a superset is fine)
const important = fromage("./h");
"#;
        let mut found = scan_specifiers(text);
        found.sort_unstable();
        assert_eq!(
            found,
            [
                "../c",
                "./a",
                "./b",
                "./e",
                "./f",
                "./g",
                "./side-effect",
                "@/d"
            ]
        );
    }
}
