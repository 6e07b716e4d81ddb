//! Evaluating a config module's expressions as data: literals, templates, arrays and objects
//! with spreads, constants, imports of other config modules, path functions.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use soda_analysis::unwrap_transparent;
use swc_core::common::{Span, Spanned};
use swc_core::ecma::ast::*;

use super::{Binding, ConfigModule, ConfigReader, MAX_EXPR_DEPTH};
use crate::config::ConfigError;

/// Evaluation of one module's expressions.
pub(super) struct Scope<'m, 'r> {
    module: &'m ConfigModule,
    reader: &'r mut ConfigReader,
    depth: usize,
}

impl<'m, 'r> Scope<'m, 'r> {
    pub(super) fn new(module: &'m ConfigModule, reader: &'r mut ConfigReader) -> Self {
        Scope {
            module,
            reader,
            depth: 0,
        }
    }

    pub(super) fn value(&mut self, expr: &Expr, at: &str) -> Result<Value, ConfigError> {
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self
                .module
                .error(expr.span(), format!("`{}` nests too deeply", display(at))));
        }
        self.depth += 1;
        let result = self.value_inner(expr, at);
        self.depth -= 1;
        result
    }

    fn value_inner(&mut self, expr: &Expr, at: &str) -> Result<Value, ConfigError> {
        match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => Ok(Value::String(
                s.value.as_wtf8().to_string_lossy().into_owned(),
            )),
            Expr::Lit(Lit::Bool(b)) => Ok(Value::Bool(b.value)),
            Expr::Lit(Lit::Null(_)) => Ok(Value::Null),
            Expr::Lit(Lit::Num(n)) => Ok(number(n.value)),
            Expr::Tpl(tpl) => self.template(tpl, at),
            Expr::Array(array) => self.array(array, at),
            Expr::Object(object) => self.object(object, at),
            Expr::Ident(ident) => self.identifier(&ident.sym, ident.span, at),
            Expr::MetaProp(meta) => Err(self.module.error(
                meta.span,
                "use `import.meta.url`, `.dirname` or `.filename`",
            )),
            Expr::Member(member) => self.member(member, at),
            Expr::Call(call) => self.call(call, at),
            other => Err(self.not_static(other.span(), at)),
        }
    }

    fn not_static(&self, span: Span, at: &str) -> ConfigError {
        self.module.error(
            span,
            format!("`{}` is not a static value (only literals, arrays, objects, constants, imports of config modules and path functions are read; the config is never executed)", display(at)),
        )
    }

    fn template(&mut self, tpl: &Tpl, at: &str) -> Result<Value, ConfigError> {
        let mut out = String::new();
        for (i, quasi) in tpl.quasis.iter().enumerate() {
            match &quasi.cooked {
                Some(cooked) => out.push_str(&cooked.to_string_lossy()),
                None => out.push_str(&quasi.raw),
            }
            if let Some(expr) = tpl.exprs.get(i) {
                match self.value(expr, at)? {
                    Value::String(s) => out.push_str(&s),
                    Value::Number(n) => out.push_str(&n.to_string()),
                    Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
                    _ => return Err(self.not_static(expr.span(), at)),
                }
            }
        }
        Ok(Value::String(out))
    }

    fn array(&mut self, array: &ArrayLit, at: &str) -> Result<Value, ConfigError> {
        let mut out = Vec::with_capacity(array.elems.len());
        for (i, elem) in array.elems.iter().enumerate() {
            let child = format!("{at}[{i}]");
            match elem {
                Some(ExprOrSpread { spread: None, expr }) => out.push(self.value(expr, &child)?),
                Some(ExprOrSpread {
                    spread: Some(_),
                    expr,
                }) => match self.value(expr, &child)? {
                    Value::Array(items) => out.extend(items),
                    _ => {
                        return Err(self.module.error(
                            expr.span(),
                            format!(
                                "`{}`: only arrays can be spread into an array",
                                display(&child)
                            ),
                        ))
                    }
                },
                None => {
                    return Err(self.module.error(
                        array.span,
                        format!("`{}`: holes are not static", display(&child)),
                    ))
                }
            }
        }
        Ok(Value::Array(out))
    }

    fn object(&mut self, object: &ObjectLit, at: &str) -> Result<Value, ConfigError> {
        let mut map = Map::new();
        for prop in &object.props {
            match prop {
                PropOrSpread::Spread(spread) => match self.value(&spread.expr, at)? {
                    Value::Object(entries) => map.extend(entries),
                    _ => {
                        return Err(self.module.error(
                            spread.expr.span(),
                            format!(
                                "`{}`: only objects can be spread into an object",
                                display(at)
                            ),
                        ))
                    }
                },
                PropOrSpread::Prop(prop) => {
                    let (key, value) = self.property(prop, at)?;
                    map.insert(key, value);
                }
            }
        }
        Ok(Value::Object(map))
    }

    fn property(&mut self, prop: &Prop, at: &str) -> Result<(String, Value), ConfigError> {
        let child = |key: &str| {
            if at.is_empty() {
                key.to_owned()
            } else {
                format!("{at}.{key}")
            }
        };
        match prop {
            Prop::KeyValue(kv) => {
                let key = match &kv.key {
                    PropName::Ident(ident) => ident.sym.to_string(),
                    PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
                    PropName::Num(n) => n.value.to_string(),
                    PropName::Computed(computed) => match self.value(&computed.expr, at)? {
                        Value::String(s) => s,
                        _ => {
                            return Err(self.module.error(
                                computed.span,
                                format!("{}: a computed key must be a string", display(at)),
                            ))
                        }
                    },
                    other => {
                        return Err(self.module.error(
                            other.span(),
                            format!("{}: this key is not static", display(at)),
                        ))
                    }
                };
                let value = self.value(&kv.value, &child(&key))?;
                Ok((key, value))
            }
            Prop::Shorthand(ident) => {
                let key = ident.sym.to_string();
                let value = self.identifier(&ident.sym, ident.span, &child(&key))?;
                Ok((key, value))
            }
            other => Err(self.module.error(
                other.span(),
                format!(
                    "{}: only `key: value` properties are read statically",
                    display(at)
                ),
            )),
        }
    }

    pub(super) fn identifier(
        &mut self,
        name: &str,
        span: Span,
        at: &str,
    ) -> Result<Value, ConfigError> {
        let module = self.module;
        match module.binding(name) {
            Some(Binding::Const(init)) => {
                let mut scope = Scope {
                    module,
                    reader: self.reader,
                    depth: self.depth + 1,
                };
                scope.value(init, at)
            }
            Some(Binding::Import {
                from,
                name: imported,
            }) if from.starts_with('.') => {
                let target = self.reader.import(module, &from, span)?;
                target.export(&imported, self.reader, span)
            }
            Some(Binding::Import { .. }) => Err(self.not_static(span, at)),
            None => match name {
                "__dirname" => Ok(path_value(&module.dir())),
                "__filename" => Ok(path_value(&module.path)),
                "undefined" => Ok(Value::Null),
                _ => Err(self.not_static(span, at)),
            },
        }
    }

    /// `import.meta.url` / `.dirname` / `.filename`; `a.b` of a constant object.
    fn member(&mut self, member: &MemberExpr, at: &str) -> Result<Value, ConfigError> {
        let MemberProp::Ident(prop) = &member.prop else {
            return Err(self.not_static(member.span, at));
        };
        if let Expr::MetaProp(meta) = &*member.obj {
            if meta.kind == MetaPropKind::ImportMeta {
                let path = &self.module.path;
                return match &*prop.sym {
                    "url" => Ok(Value::String(format!("file://{}", path.to_string_lossy()))),
                    "dirname" => Ok(path_value(&self.module.dir())),
                    "filename" => Ok(path_value(path)),
                    _ => Err(self.not_static(member.span, at)),
                };
            }
        }
        match self.value(&member.obj, at)? {
            Value::Object(mut map) => Ok(map.remove(&*prop.sym).unwrap_or(Value::Null)),
            _ => Err(self.not_static(member.span, at)),
        }
    }

    /// A call of a path function imported from `node:path` / `node:url`.
    fn call(&mut self, call: &CallExpr, at: &str) -> Result<Value, ConfigError> {
        let Callee::Expr(callee) = &call.callee else {
            return Err(self.not_static(call.span, at));
        };
        let Expr::Ident(ident) = unwrap_transparent(callee) else {
            return Err(self.not_static(call.span, at));
        };
        let function = match self.module.binding(&ident.sym) {
            Some(Binding::Import { from, name })
                if is_node_module(&from, "path") || is_node_module(&from, "url") =>
            {
                name
            }
            _ => return Err(self.not_static(call.span, at)),
        };
        let mut args = Vec::with_capacity(call.args.len());
        for arg in &call.args {
            match (&arg.spread, self.value(&arg.expr, at)?) {
                (None, Value::String(s)) => args.push(s),
                _ => {
                    return Err(self.module.error(
                        arg.expr.span(),
                        format!("`{}`: `{function}` takes string arguments", display(at)),
                    ))
                }
            }
        }
        path_function(&function, &args, &self.module.dir())
            .map(Value::String)
            .ok_or_else(|| {
                self.module.error(
                    call.span,
                    format!(
                        "`{}`: `{function}` is not a path function the config reader folds",
                        display(at)
                    ),
                )
            })
    }
}

fn is_node_module(specifier: &str, name: &str) -> bool {
    specifier == name || specifier.strip_prefix("node:") == Some(name)
}

/// Folds `node:path` / `node:url` functions over strings (POSIX semantics, as Node on Unix).
fn path_function(name: &str, args: &[String], cwd: &Path) -> Option<String> {
    use crate::paths::normalize;
    let text = |p: &Path| p.to_string_lossy().into_owned();
    Some(match (name, args) {
        ("join", parts) => text(&normalize(&parts.iter().collect::<PathBuf>())),
        ("resolve", parts) => {
            let mut out = cwd.to_path_buf();
            for part in parts {
                out.push(part);
            }
            text(&normalize(&out))
        }
        ("normalize", [p]) => text(&normalize(Path::new(p))),
        ("dirname", [p]) => text(Path::new(p).parent().unwrap_or(Path::new("."))),
        ("basename", [p]) => Path::new(p).file_name()?.to_string_lossy().into_owned(),
        ("basename", [p, ext]) => {
            let base = Path::new(p).file_name()?.to_string_lossy().into_owned();
            base.strip_suffix(ext.as_str())
                .map_or(base.clone(), str::to_owned)
        }
        ("relative", [from, to]) => crate::paths::relative_slash(Path::new(from), Path::new(to)),
        ("fileURLToPath", [url]) => url.strip_prefix("file://")?.to_owned(),
        _ => return None,
    })
}

fn path_value(path: &Path) -> Value {
    Value::String(path.to_string_lossy().into_owned())
}

/// A number as the config means it: integers stay integers (`10`, not `10.0`).
fn number(value: f64) -> Value {
    match crate::document::js::value::safe_integer(value) {
        Some(integer) => Value::Number(integer.into()),
        None => serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number),
    }
}

fn display(at: &str) -> &str {
    if at.is_empty() {
        "config"
    } else {
        at
    }
}
