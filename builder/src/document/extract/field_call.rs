//! One field of the callback field builder: `f("name", args?, { alias })(nested?)`, its
//! arguments, and the members of a union selection.

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::super::ir::*;
use super::field_builder::FieldScope;
use super::values::string_literal;

use super::{Extractor, Res};

impl Extractor<'_> {
    /// `f("name", args?, extras?)(nested?)`.
    pub(super) fn field_call(
        &self,
        call: &CallExpr,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Selection> {
        let (f_call, name) = self.field_name_call(call, scope)?;
        let arguments = match f_call.args.get(1) {
            Some(args) => self.field_arguments(&args.expr, parent, &name, scope)?,
            None => Vec::new(),
        };
        let alias = match f_call.args.get(2) {
            Some(extras) => self.field_alias(&extras.expr, &name)?,
            None => None,
        };
        let field_type = match (parent, self.schema) {
            (Some(p), Some(s)) => s.field_type(p, &name),
            _ => None,
        };
        let selection_set = match call.args.first().map(|a| unwrap_transparent(&a.expr)) {
            None => None,
            Some(Expr::Arrow(nested)) => Some(self.fields_arrow(
                nested,
                field_type.as_deref(),
                scope.declared,
                scope.names,
                Some(scope),
            )?),
            Some(Expr::Object(members)) => Some(self.union_members(members, scope)?),
            Some(other) => return Err(self.unsupported(other.span(), "this nested selection")),
        };
        Ok(Selection::Field(Field {
            alias,
            name,
            arguments,
            directives: Vec::new(),
            selection_set,
            shorthand: false,
            origin: self.origin(f_call.span.lo),
        }))
    }

    /// The inner `f("name", ...)` call of a field entry, and the field's name.
    fn field_name_call<'c>(
        &self,
        call: &'c CallExpr,
        scope: &FieldScope<'_>,
    ) -> Res<(&'c CallExpr, String)> {
        let Callee::Expr(callee) = &call.callee else {
            return Err(self.unsupported(call.span, "this field entry"));
        };
        let Expr::Call(f_call) = unwrap_transparent(callee) else {
            return Err(self.unsupported(call.span, "this field entry"));
        };
        let is_f = matches!((&f_call.callee, scope.f.as_deref()), (Callee::Expr(e), Some(f)) if matches!(unwrap_transparent(e), Expr::Ident(i) if &*i.sym == f));
        if !is_f {
            return Err(self.unsupported(f_call.span, "a call that is not `f(...)`"));
        }
        let Some(name) = f_call.args.first().and_then(|a| string_literal(&a.expr)) else {
            return Err(
                self.unsupported(f_call.span, "`f(...)` without a string literal field name")
            );
        };
        Ok((f_call, name))
    }

    /// The arguments object of `f("name", { ... })`; `null` and `undefined` mean none.
    fn field_arguments(
        &self,
        args: &Expr,
        parent: Option<&str>,
        name: &str,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Argument>> {
        let object = match unwrap_transparent(args) {
            Expr::Lit(Lit::Null(_)) => return Ok(Vec::new()),
            Expr::Ident(i) if &*i.sym == "undefined" => return Ok(Vec::new()),
            Expr::Object(object) => object,
            other => {
                return Err(self.unsupported(
                    other.span(),
                    "field arguments that are not an object literal",
                ))
            }
        };
        let mut arguments = Vec::new();
        for prop in &object.props {
            let (key, value) = self.object_entry(prop)?;
            let expected = match (parent, self.schema) {
                (Some(p), Some(s)) => s.argument_type(p, name, &key),
                _ => None,
            };
            if let Some(v) = self.js_value(
                value,
                scope.dollar.as_deref(),
                Some(scope.declared),
                expected.as_deref(),
            )? {
                arguments.push(Argument {
                    name: key,
                    value: v,
                    origin: self.origin(prop.span().lo),
                });
            }
        }
        Ok(arguments)
    }

    /// The extras of `f("name", args, { alias: "..." })`: only `alias` is known.
    fn field_alias(&self, extras: &Expr, name: &str) -> Res<Option<String>> {
        let Expr::Object(object) = unwrap_transparent(extras) else {
            return Err(
                self.unsupported(extras.span(), "field extras that are not an object literal")
            );
        };
        let mut alias = None;
        for prop in &object.props {
            let (key, value) = self.object_entry(prop)?;
            match (key.as_str(), string_literal(value)) {
                ("alias", Some(a)) => alias = Some(a).filter(|a| *a != name),
                _ => return Err(self.unsupported(prop.span(), format!("the field extra `{key}`"))),
            }
        }
        Ok(alias)
    }

    /// `{ Member: ({ f }) => ({...}), __typename: true }` for a union field.
    pub(super) fn union_members(
        &self,
        object: &ObjectLit,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Selection>> {
        let mut typename = None;
        let mut members = Vec::new();
        for prop in &object.props {
            let (key, value) = self.object_entry(prop)?;
            let origin = self.origin(prop.span().lo);
            if key == "__typename" {
                if matches!(unwrap_transparent(value), Expr::Lit(Lit::Bool(b)) if b.value) {
                    typename = Some(Selection::Field(Field {
                        alias: None,
                        name: "__typename".into(),
                        arguments: Vec::new(),
                        directives: Vec::new(),
                        selection_set: None,
                        shorthand: true,
                        origin,
                    }));
                }
                continue;
            }
            let Expr::Arrow(arrow) = unwrap_transparent(value) else {
                return Err(
                    self.unsupported(value.span(), "a union member that is not an arrow function")
                );
            };
            members.push(Selection::InlineFragment(InlineFragment {
                wrapped_spread: None,
                type_condition: Some(key.clone()),
                directives: Vec::new(),
                selection_set: self.fields_arrow(
                    arrow,
                    Some(&key),
                    scope.declared,
                    scope.names,
                    Some(scope),
                )?,
                origin,
            }));
        }
        Ok(typename.into_iter().chain(members).collect())
    }
}
