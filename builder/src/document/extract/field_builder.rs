//! The callback field builder: `query("Name")({ variables, fields: ({ f, $ }) => ({ ...f("x")() }) })`.

use soda_analysis::unwrap_transparent;
use swc_core::common::{BytePos, Spanned};
use swc_core::ecma::ast::*;

use super::super::ir::*;
use super::super::synthetic::{parse_operation_text, SyntheticSource};
use super::template::{is_js_whitespace, upstream_header};
use super::values::string_literal;
use super::{returned_expr, ComposerNames, HeadNames};
use crate::diagnostic::{BuilderCode, Diagnostic};

use super::{Extractor, Res};

impl Extractor<'_> {
    /// `query("Name")({ variables, fields })`.
    pub(super) fn field_builder(
        &self,
        kind: &str,
        head: &CallExpr,
        call: &CallExpr,
        names: &ComposerNames,
    ) -> Result<DefinitionIr, Vec<Diagnostic>> {
        let one = |d: Diagnostic| vec![d];
        let name = match self.head_strings(kind, head).map_err(one)? {
            HeadNames::Operation(name) => name,
            HeadNames::Fragment { .. } => {
                return Err(vec![
                    self.unsupported(call.span, "the fragment field builder")
                ]);
            }
        };
        let Some(operation_type) = Self::operation_type(kind) else {
            return Err(vec![self.unsupported(call.span, "this composer call")]);
        };
        let Some(Expr::Object(options)) = call.args.first().map(|a| unwrap_transparent(&a.expr))
        else {
            return Err(vec![self.unsupported(
                call.span,
                "a field builder without `{ variables, fields }`",
            )]);
        };
        let mut variables_expr = None;
        let mut fields_expr = None;
        for prop in &options.props {
            let (key, value) = self.object_entry(prop).map_err(one)?;
            match key.as_str() {
                "variables" => variables_expr = Some(value),
                "fields" => fields_expr = Some(value),
                other => {
                    return Err(vec![
                        self.unsupported(prop.span(), format!("the `{other}` option"))
                    ])
                }
            }
        }
        let (variables, variables_source) = match variables_expr {
            None => (Vec::new(), String::new()),
            Some(expr) => self.variables_text(expr)?,
        };
        let Some(Expr::Arrow(fields)) = fields_expr.map(unwrap_transparent) else {
            return Err(vec![self.unsupported(
                call.span,
                "a field builder without a `fields` arrow function",
            )]);
        };
        let root = self.schema.and_then(|s| s.root_type(operation_type));
        let selections = self
            .fields_arrow(fields, root.as_deref(), &variables, names, None)
            .map_err(one)?;
        Ok(DefinitionIr::Operation(OperationIr {
            operation_type,
            name,
            variables,
            variables_source,
            selections,
            origin: self.origin(head.span.lo),
        }))
    }

    pub(super) fn variables_text(
        &self,
        expr: &Expr,
    ) -> Result<(Vec<VariableDefinition>, String), Vec<Diagnostic>> {
        let (text, start, exact) = match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => (
                s.value.as_wtf8().to_string_lossy().into_owned(),
                s.span.lo + BytePos(1),
                false,
            ),
            Expr::Tpl(tpl) if tpl.exprs.is_empty() => match tpl.quasis.first() {
                Some(q) => {
                    let cooked = q
                        .cooked
                        .as_ref()
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let exact = cooked == *q.raw;
                    (cooked, q.span.lo, exact)
                }
                None => (String::new(), tpl.span.lo, false),
            },
            other => {
                return Err(vec![self.unsupported(
                    other.span(),
                    "`variables` that are not a string literal",
                )])
            }
        };
        let mut source = SyntheticSource::new(self.file);
        source.push_generated("query __soda ", self.origin(start).offset);
        source.push_mapped(&text, self.origin(start).offset, exact);
        source.push_generated(" { __typename }", self.origin(start).offset);
        // A string literal holds no line break upstream re-indents; escapes rule out `loc`.
        let upstream_text = match unwrap_transparent(expr) {
            Expr::Tpl(tpl) => upstream_header(tpl.quasis.first()),
            _ => Some(text.clone()).filter(|t| !t.contains(['\n', '\\'])),
        };
        let upstream = upstream_text
            .map(|t| {
                let t = t.trim_matches(is_js_whitespace);
                format!("query __var_parse__ {t} {{ __typename }}")
            })
            .unwrap_or_default();
        Ok((parse_operation_text(&source, &[])?.variables, upstream))
    }

    pub(super) fn fields_arrow(
        &self,
        arrow: &ArrowExpr,
        parent: Option<&str>,
        declared: &[VariableDefinition],
        names: &ComposerNames,
        enclosing: Option<&FieldScope<'_>>,
    ) -> Res<Vec<Selection>> {
        let (f_name, dollar) = match arrow.params.first() {
            Some(Pat::Object(object)) => {
                let mut f = None;
                let mut dollar = None;
                for prop in &object.props {
                    match prop {
                        ObjectPatProp::Assign(a) if &*a.key.sym == "f" => f = Some("f".to_owned()),
                        ObjectPatProp::Assign(a) if &*a.key.sym == "$" => {
                            dollar = Some("$".to_owned())
                        }
                        ObjectPatProp::KeyValue(kv) => {
                            if let (PropName::Ident(k), Pat::Ident(local)) = (&kv.key, &*kv.value) {
                                match &*k.sym {
                                    "f" => f = Some(local.id.sym.to_string()),
                                    "$" => dollar = Some(local.id.sym.to_string()),
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                (f, dollar)
            }
            None => (None, None),
            Some(other) => return Err(self.unsupported(other.span(), "this fields parameter")),
        };
        let depth = enclosing.map_or(0, |e| e.depth + 1);
        if depth > MAX_NESTING {
            return Err(BuilderCode::NestingTooDeep.spanning(
                self.file,
                self.span_range(arrow.span),
                format!("field builders nest deeper than {MAX_NESTING} levels"),
            ));
        }
        // A nested callback without its own `f` or `$` closes over the enclosing ones.
        let scope = FieldScope {
            f: f_name.or_else(|| enclosing.and_then(|e| e.f.clone())),
            dollar: dollar.or_else(|| enclosing.and_then(|e| e.dollar.clone())),
            declared,
            names,
            depth,
        };
        let Some(body) = returned_expr(&arrow.body) else {
            return Err(self.unsupported(
                arrow.span,
                "a fields callback body other than one returned expression",
            ));
        };
        self.field_map(body, parent, &scope)
    }

    pub(super) fn field_object(
        &self,
        object: &ObjectLit,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Selection>> {
        let mut out = Vec::new();
        for prop in &object.props {
            let PropOrSpread::Spread(spread) = prop else {
                return Err(self.unsupported(
                    prop.span(),
                    "a field entry that is not `...f(...)` or `...fragment.spread()`",
                ));
            };
            let Expr::Call(call) = unwrap_transparent(&spread.expr) else {
                return Err(self.unsupported(spread.expr.span(), "this field entry"));
            };
            if scope.is_colocate(call) {
                out.extend(self.colocate(call, parent, scope)?);
                continue;
            }
            if let Some((target, binding)) =
                self.spread_call(call, scope.dollar.as_deref(), Some(scope.declared))?
            {
                out.push(Selection::Spread(Spread {
                    target,
                    binding,
                    origin: self.origin(call.span.lo),
                }));
                continue;
            }
            out.push(self.field_call(call, parent, scope)?);
        }
        Ok(out)
    }

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

/// What a fields callback sees: the local names of `f` and `$`, the declared variables, and
/// the composer context (for `$colocate`).
pub(super) struct FieldScope<'a> {
    pub(super) f: Option<String>,
    pub(super) dollar: Option<String>,
    pub(super) declared: &'a [VariableDefinition],
    pub(super) names: &'a ComposerNames,
    /// How deeply fields callbacks are nested here (bounded: see [`MAX_NESTING`]).
    pub(super) depth: usize,
}

/// Field builders nested deeper than this are a `NESTING_TOO_DEEP` diagnostic, not a stack overflow.
pub(super) const MAX_NESTING: usize = 256;
