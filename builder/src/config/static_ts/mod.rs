//! Reads a TypeScript config's default export as data, without executing anything.
//!
//! Accepts `export default defineConfig({...})` (also `defineConfig(() => ({...}))`) and
//! `export default {...}`, whose values are literals, arrays, objects and template strings, and
//! the shapes composed configs use: top-level `const`s, object and array spreads, named imports
//! of relative modules (read the same way, never run), `join` / `resolve` / `dirname` /
//! `basename` / `relative` / `normalize` from `node:path`, `fileURLToPath` from `node:url`,
//! `__dirname`, `__filename` and `import.meta.{url,dirname,filename}`. Anything else is an error
//! naming the property and its line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use soda_analysis::unwrap_transparent;
use swc_core::common::{sync::Lrc, FileName, SourceMap, Span};
use swc_core::ecma::ast::*;

mod eval;

use eval::Scope;

use super::ConfigError;
use crate::parse::parse_module_text;

/// Imported config modules followed deeper than this are a cycle.
const MAX_IMPORT_DEPTH: usize = 16;
/// Expressions nested deeper than this are not a config anyone writes.
pub(super) const MAX_EXPR_DEPTH: usize = 128;

/// The default export of the config at `path` as JSON, and every module it imports.
pub(super) fn default_export_value(
    path: &Path,
    text: &str,
) -> Result<(Value, Vec<PathBuf>), ConfigError> {
    let mut reader = ConfigReader::default();
    let module = reader.load(path, text.to_owned(), 0)?;
    let value = module.default_export(&mut reader)?;
    let mut imported: Vec<PathBuf> = reader
        .modules
        .keys()
        .filter(|p| p.as_path() != path)
        .cloned()
        .collect();
    imported.sort();
    Ok((value, imported))
}

/// Every module read so far, by path.
#[derive(Default)]
pub(super) struct ConfigReader {
    modules: HashMap<PathBuf, Lrc<ConfigModule>>,
}

/// One parsed module: its imports, its top-level constants, its exports.
pub(super) struct ConfigModule {
    pub(super) path: PathBuf,
    cm: Lrc<SourceMap>,
    module: Module,
    depth: usize,
}

/// What an imported name refers to.
pub(super) enum Binding<'m> {
    /// A top-level `const` of the module.
    Const(&'m Expr),
    /// A named import from another module.
    Import { from: String, name: String },
}

impl ConfigReader {
    fn load(
        &mut self,
        path: &Path,
        text: String,
        depth: usize,
    ) -> Result<Lrc<ConfigModule>, ConfigError> {
        if let Some(module) = self.modules.get(path) {
            return Ok(module.clone());
        }
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(FileName::Real(path.to_owned()).into(), text);
        let module = parse_module_text(&fm, path).map_err(|error| ConfigError::Static {
            path: path.to_owned(),
            line: cm.lookup_char_pos(error.span.lo).line,
            message: error.message,
        })?;
        let loaded = Lrc::new(ConfigModule {
            path: path.to_owned(),
            cm,
            module,
            depth,
        });
        self.modules.insert(path.to_owned(), loaded.clone());
        Ok(loaded)
    }

    /// The module a relative import of `from` names (TypeScript's resolution, no packages).
    fn import(
        &mut self,
        from: &ConfigModule,
        specifier: &str,
        span: Span,
    ) -> Result<Lrc<ConfigModule>, ConfigError> {
        if from.depth >= MAX_IMPORT_DEPTH {
            return Err(from.error(
                span,
                format!("`{specifier}`: config modules import each other too deeply (a cycle?)"),
            ));
        }
        let Some(target) = crate::project::resolve::resolve(&from.path, specifier, None) else {
            return Err(from.error(span, format!("cannot resolve `{specifier}` (only relative imports of config modules are read)")));
        };
        let text = std::fs::read_to_string(&target).map_err(|source| ConfigError::Io {
            path: target.clone(),
            source,
        })?;
        self.load(&target, text, from.depth + 1)
    }
}

impl ConfigModule {
    pub(super) fn error(&self, span: Span, message: impl Into<String>) -> ConfigError {
        ConfigError::Static {
            path: self.path.clone(),
            line: self.cm.lookup_char_pos(span.lo).line,
            message: message.into(),
        }
    }

    pub(super) fn dir(&self) -> PathBuf {
        self.path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    fn default_export(&self, reader: &mut ConfigReader) -> Result<Value, ConfigError> {
        for item in &self.module.body {
            if let ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(export)) = item {
                let config = self.config_argument(&export.expr)?;
                return Scope::new(self, reader).value(config, "");
            }
        }
        Err(ConfigError::Invalid {
            path: self.path.clone(),
            message: "no `export default` found (expected `export default defineConfig({...})`)"
                .into(),
        })
    }

    /// `defineConfig(x)`, `defineConfig(() => x)` or `x` itself.
    fn config_argument<'e>(&self, expr: &'e Expr) -> Result<&'e Expr, ConfigError> {
        let Expr::Call(call) = unwrap_transparent(expr) else {
            return Ok(expr);
        };
        let [arg] = call.args.as_slice() else {
            return Err(self.error(
                call.span,
                "defineConfig(...) must receive exactly one object literal",
            ));
        };
        if arg.spread.is_some() {
            return Err(self.error(
                call.span,
                "defineConfig(...) must receive exactly one object literal",
            ));
        }
        match unwrap_transparent(&arg.expr) {
            Expr::Arrow(arrow) => match &*arrow.body {
                ArrowFunctionBody::Expr(body) => Ok(body),
                ArrowFunctionBody::FunctionBody(block) => match block.stmts.as_slice() {
                    [Stmt::Return(ReturnStmt {
                        arg: Some(body), ..
                    })] => Ok(&**body),
                    _ => Err(self.error(
                        arrow.span,
                        "a defineConfig callback must return the config directly",
                    )),
                },
                _ => Err(self.error(
                    arrow.span,
                    "a defineConfig callback must return the config directly",
                )),
            },
            other => Ok(other),
        }
    }

    /// The top-level binding `name`: a `const` or a named import.
    pub(super) fn binding(&self, name: &str) -> Option<Binding<'_>> {
        for item in &self.module.body {
            match item {
                ModuleItem::ModuleDecl(ModuleDecl::Import(import)) if !import.type_only => {
                    for specifier in &import.specifiers {
                        if let ImportSpecifier::Named(named) = specifier {
                            if &*named.local.sym == name {
                                let imported = match &named.imported {
                                    Some(ModuleExportName::Ident(i)) => i.sym.to_string(),
                                    Some(ModuleExportName::Str(s)) => {
                                        s.value.as_wtf8().to_string_lossy().into_owned()
                                    }
                                    _ => name.to_owned(),
                                };
                                return Some(Binding::Import {
                                    from: import.src.value.as_wtf8().to_string_lossy().into_owned(),
                                    name: imported,
                                });
                            }
                        }
                    }
                }
                ModuleItem::Stmt(Stmt::Decl(Decl::Var(var)))
                | ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                    decl: Decl::Var(var),
                    ..
                })) if var.kind == VarDeclKind::Const => {
                    for declarator in &var.decls {
                        if let (Pat::Ident(binding), Some(init)) =
                            (&declarator.name, &declarator.init)
                        {
                            if &*binding.id.sym == name {
                                return Some(Binding::Const(init));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The value of export `name` (an exported `const`, or `export { a as name }`).
    fn export(
        &self,
        name: &str,
        reader: &mut ConfigReader,
        span: Span,
    ) -> Result<Value, ConfigError> {
        let local = self
            .module
            .body
            .iter()
            .find_map(|item| match item {
                ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(named)) if named.src.is_none() => {
                    named.specifiers.iter().find_map(|s| match s {
                        ExportSpecifier::Named(n) => {
                            let exported = n.exported.as_ref().unwrap_or(&n.orig);
                            let is =
                                matches!(exported, ModuleExportName::Ident(i) if &*i.sym == name);
                            match (&n.orig, is) {
                                (ModuleExportName::Ident(orig), true) => Some(orig.sym.to_string()),
                                _ => None,
                            }
                        }
                        _ => None,
                    })
                }
                _ => None,
            })
            .unwrap_or_else(|| name.to_owned());
        Scope::new(self, reader).identifier(&local, span, name)
    }
}
