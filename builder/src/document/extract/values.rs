//! JavaScript values read as GraphQL values: literals, objects, lists, `$.variable`, and the
//! `fragment.spread(args)` calls that bind fragment variables.

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::super::ir::*;
use crate::diagnostic::BuilderCode;

use super::{Extractor, Res};

impl Extractor<'_> {
    /// `frag.spread(args?)`: `Some((target, binding))`, or `None` when `call` is not a spread.
    pub(super) fn spread_call(
        &self,
        call: &CallExpr,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
    ) -> Res<Option<(FragmentRef, SpreadBinding)>> {
        let Callee::Expr(callee) = &call.callee else {
            return Ok(None);
        };
        let Expr::Member(member) = unwrap_transparent(callee) else {
            return Ok(None);
        };
        if !matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == "spread") {
            return Ok(None);
        }
        let Some(target) = fragment_ref(&member.obj) else {
            return Err(self.unsupported(
                member.obj.span(),
                "a spread target that is not a fragment binding",
            ));
        };
        let mut args = Vec::new();
        if let Some(arg) = call.args.first() {
            let Expr::Object(object) = unwrap_transparent(&arg.expr) else {
                return Err(self.unsupported(
                    arg.expr.span(),
                    "spread arguments that are not an object literal",
                ));
            };
            for prop in &object.props {
                let (key, value) = self.object_entry(prop)?;
                let value = match self.js_value(value, dollar, declared, None)? {
                    Some(v) => SpreadArg::Value(v),
                    None => SpreadArg::Undefined,
                };
                args.push((key, value));
            }
        }
        Ok(Some((target, SpreadBinding::Explicit(args))))
    }

    pub(super) fn object_entry<'e>(&self, prop: &'e PropOrSpread) -> Res<(String, &'e Expr)> {
        let PropOrSpread::Prop(prop) = prop else {
            return Err(self.unsupported(prop.span(), "an object spread"));
        };
        match &**prop {
            Prop::KeyValue(kv) => {
                let key = match &kv.key {
                    PropName::Ident(i) => i.sym.to_string(),
                    PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
                    other => return Err(self.unsupported(other.span(), "a computed key")),
                };
                Ok((key, &kv.value))
            }
            other => Err(self.unsupported(other.span(), "this property (only `key: value`)")),
        }
    }

    /// A JavaScript literal, `$.x`, object or list as a GraphQL value. `Ok(None)`: `$.x` is
    /// undefined (not declared in scope), so the argument is left out, as upstream does.
    pub(super) fn js_value(
        &self,
        expr: &Expr,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
        expected: Option<&str>,
    ) -> Res<Option<Value>> {
        let expr = unwrap_transparent(expr);
        Ok(Some(match expr {
            Expr::Lit(Lit::Str(s)) => {
                let text = s.value.as_wtf8().to_string_lossy().into_owned();
                match (expected, self.schema) {
                    (Some(ty), Some(schema)) if schema.is_enum(ty) => Value::Enum(text),
                    _ => Value::String(text),
                }
            }
            Expr::Lit(Lit::Num(n)) => number_value(n.value),
            Expr::Lit(Lit::Bool(b)) => Value::Boolean(b.value),
            Expr::Lit(Lit::Null(_)) => Value::Null,
            Expr::Ident(i) if &*i.sym == "undefined" => return Ok(None),
            Expr::Array(array) => {
                let mut items = Vec::new();
                for elem in &array.elems {
                    let Some(ExprOrSpread { spread: None, expr }) = elem else {
                        return Err(self.unsupported(array.span, "an array spread or hole"));
                    };
                    if let Some(v) = self.js_value(expr, dollar, declared, expected)? {
                        items.push(v);
                    }
                }
                Value::List(items)
            }
            Expr::Object(object) => self.object_value(object, dollar, declared, expected)?,
            Expr::Member(member) => self.variable_value(member, dollar, declared)?,
            Expr::Unary(unary) if unary.op == UnaryOp::Minus => {
                match unwrap_transparent(&unary.arg) {
                    Expr::Lit(Lit::Num(n)) => number_value(-n.value),
                    _ => return Err(self.unsupported(unary.span, "this expression")),
                }
            }
            other => {
                return Err(self.unsupported(
                    other.span(),
                    "this value (only literals, objects, arrays and `$.variable`)",
                ))
            }
        }))
    }

    /// An object literal as a GraphQL input object, each field typed from `expected`.
    fn object_value(
        &self,
        object: &ObjectLit,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
        expected: Option<&str>,
    ) -> Res<Value> {
        let mut fields = Vec::new();
        for prop in &object.props {
            let (key, value) = self.object_entry(prop)?;
            let field_type = match (expected, self.schema) {
                (Some(ty), Some(schema)) => schema.input_field_type(ty, &key),
                _ => None,
            };
            if let Some(v) = self.js_value(value, dollar, declared, field_type.as_deref())? {
                fields.push((key, v));
            }
        }
        Ok(Value::Object(fields))
    }

    /// `$.name` as a variable reference: `$` must be the builder's, the variable declared.
    fn variable_value(
        &self,
        member: &MemberExpr,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
    ) -> Res<Value> {
        let is_dollar =
            matches!((&*member.obj, dollar), (Expr::Ident(obj), Some(d)) if &*obj.sym == d);
        let MemberProp::Ident(name) = &member.prop else {
            return Err(self.unsupported(member.span, "this member expression"));
        };
        if !is_dollar {
            return Err(self.unsupported(
                member.span,
                format!("a reference to `{}`", print_member(member)),
            ));
        }
        if let Some(declared) = declared {
            if !declared.iter().any(|v| v.name == *name.sym) {
                return Err(BuilderCode::UndeclaredVariableReference.spanning(
                    self.file,
                    self.span_range(member.span),
                    format!(
                        "`$.{}` is not a declared variable of this operation",
                        name.sym
                    ),
                ));
            }
        }
        Ok(Value::Variable(name.sym.to_string()))
    }
}

/// A JavaScript number as a GraphQL `Int` when it is a safe integer, else a `Float`.
fn number_value(value: f64) -> Value {
    match crate::document::js::value::safe_integer(value) {
        Some(integer) => Value::Int(integer.to_string()),
        None => Value::Float(value.to_string()),
    }
}

pub(super) fn string_literal(expr: &Expr) -> Option<String> {
    match unwrap_transparent(expr) {
        Expr::Lit(Lit::Str(s)) => Some(s.value.as_wtf8().to_string_lossy().into_owned()),
        Expr::Tpl(tpl) if tpl.exprs.is_empty() => tpl
            .quasis
            .first()
            .and_then(|q| q.cooked.as_ref())
            .map(|c| c.to_string_lossy().into_owned()),
        _ => None,
    }
}

pub(super) fn fragment_ref(expr: &Expr) -> Option<FragmentRef> {
    match unwrap_transparent(expr) {
        Expr::Ident(ident) => Some(FragmentRef {
            local: ident.sym.to_string(),
            members: Vec::new(),
        }),
        Expr::Member(member) => {
            let MemberProp::Ident(prop) = &member.prop else {
                return None;
            };
            let mut base = fragment_ref(&member.obj)?;
            base.members.push(prop.sym.to_string());
            Some(base)
        }
        _ => None,
    }
}

pub(super) fn print_member(member: &MemberExpr) -> String {
    let object = match &*member.obj {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::Member(m) => print_member(m),
        _ => "…".to_owned(),
    };
    match &member.prop {
        MemberProp::Ident(p) => format!("{object}.{}", p.sym),
        _ => format!("{object}[…]"),
    }
}
