//! The callback field builder: `query("Name")({ variables, fields: ({ f, $ }) => ({ ...f("x")() }) })`.

use soda_analysis::unwrap_transparent;
use swc_core::common::{BytePos, Spanned};
use swc_core::ecma::ast::*;

use super::super::ir::*;
use super::super::synthetic::{parse_operation_text, SyntheticSource};
use super::template::{is_js_whitespace, upstream_header};
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
