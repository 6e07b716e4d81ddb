//! Reads a TypeScript config's default export as data, without executing anything.
//!
//! Accepts `export default defineConfig({...})` and `export default {...}` (optionally with
//! `satisfies` / `as`), whose values are literals, arrays and objects. Anything else is an
//! error naming the property and its line.

use std::path::Path;

use serde_json::{Map, Value};
use soda_analysis::unwrap_transparent;
use swc_core::common::{sync::Lrc, FileName, SourceMap, Span, Spanned};
use swc_core::ecma::ast::*;

use super::ConfigError;
use crate::parse::parse_module_text;

pub(super) fn default_export_value(path: &Path, text: &str) -> Result<Value, ConfigError> {
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Real(path.to_owned()).into(), text.to_owned());
    let module = parse_module_text(&fm, path).map_err(|error| ConfigError::Static {
        path: path.to_owned(),
        line: cm.lookup_char_pos(error.span.lo).line,
        message: error.message,
    })?;
    let reader = StaticReader { path, cm: &cm };
    for item in &module.body {
        if let ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(export)) = item {
            let expr = unwrap_transparent(&export.expr);
            let object = match expr {
                Expr::Object(object) => object,
                Expr::Call(call) => match call.args.as_slice() {
                    [arg] if arg.spread.is_none() => match unwrap_transparent(&arg.expr) {
                        Expr::Object(object) => object,
                        other => {
                            return Err(reader.error(
                                other.span(),
                                "the config argument must be an object literal",
                            ))
                        }
                    },
                    _ => {
                        return Err(reader.error(
                            call.span,
                            "defineConfig(...) must receive exactly one object literal",
                        ))
                    }
                },
                other => {
                    return Err(reader.error(
                        other.span(),
                        "the default export must be defineConfig({...}) or an object literal",
                    ))
                }
            };
            return reader.object(object, "");
        }
    }
    Err(ConfigError::Invalid {
        path: path.to_owned(),
        message: "no `export default` found (expected `export default defineConfig({...})`)".into(),
    })
}

struct StaticReader<'a> {
    path: &'a Path,
    cm: &'a SourceMap,
}

impl StaticReader<'_> {
    fn error(&self, span: Span, message: impl Into<String>) -> ConfigError {
        ConfigError::Static {
            path: self.path.to_owned(),
            line: self.cm.lookup_char_pos(span.lo).line,
            message: message.into(),
        }
    }

    fn object(&self, object: &ObjectLit, at: &str) -> Result<Value, ConfigError> {
        let mut map = Map::new();
        for prop in &object.props {
            let PropOrSpread::Prop(prop) = prop else {
                return Err(self.error(
                    prop.span(),
                    format!("{}: spread is not static", display(at)),
                ));
            };
            let (key, value) = match &**prop {
                Prop::KeyValue(kv) => (self.key(&kv.key, at)?, &*kv.value),
                other => {
                    return Err(self.error(
                        other.span(),
                        format!(
                            "{}: only `key: value` properties are read statically",
                            display(at)
                        ),
                    ))
                }
            };
            let child = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            map.insert(key, self.value(value, &child)?);
        }
        Ok(Value::Object(map))
    }

    fn key(&self, key: &PropName, at: &str) -> Result<String, ConfigError> {
        match key {
            PropName::Ident(ident) => Ok(ident.sym.to_string()),
            PropName::Str(s) => Ok(s.value.as_wtf8().to_string_lossy().into_owned()),
            PropName::Num(n) => Ok(n.value.to_string()),
            other => Err(self.error(
                other.span(),
                format!("{}: computed keys are not static", display(at)),
            )),
        }
    }

    fn value(&self, expr: &Expr, at: &str) -> Result<Value, ConfigError> {
        match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => Ok(Value::String(s.value.as_wtf8().to_string_lossy().into_owned())),
            Expr::Lit(Lit::Bool(b)) => Ok(Value::Bool(b.value)),
            Expr::Lit(Lit::Null(_)) => Ok(Value::Null),
            Expr::Lit(Lit::Num(n)) => Ok(serde_json::Number::from_f64(n.value).map_or(Value::Null, Value::Number)),
            Expr::Tpl(tpl) if tpl.exprs.is_empty() => Ok(Value::String(
                tpl.quasis
                    .iter()
                    .map(|q| q.cooked.as_ref().map_or_else(|| q.raw.to_string(), |c| c.to_string_lossy().into_owned()))
                    .collect(),
            )),
            Expr::Array(array) => {
                let mut out = Vec::with_capacity(array.elems.len());
                for (i, elem) in array.elems.iter().enumerate() {
                    match elem {
                        Some(ExprOrSpread { spread: None, expr }) => out.push(self.value(expr, &format!("{at}[{i}]"))?),
                        _ => return Err(self.error(array.span, format!("{}[{i}]: not a static value", display(at)))),
                    }
                }
                Ok(Value::Array(out))
            }
            Expr::Object(object) => self.object(object, at),
            other => Err(self.error(
                other.span(),
                format!("`{}` is not a static value (only literals, arrays and objects are read; the config is never executed)", display(at)),
            )),
        }
    }
}

fn display(at: &str) -> &str {
    if at.is_empty() {
        "config"
    } else {
        at
    }
}
