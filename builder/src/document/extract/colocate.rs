//! `$colocate({ label: fields, ... })` in a field builder (`fields: ({ f, $ }) => $colocate(...)`):
//! each entry becomes a [`Colocated`] selection whose top-level keys inlining prefixes.

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::super::ir::*;
use super::field_builder::{FieldScope, MAX_NESTING};
use super::{Extractor, Res};
use crate::diagnostic::BuilderCode;

impl FieldScope<'_> {
    /// Whether `call` calls the composer context's `$colocate`.
    pub(super) fn is_colocate(&self, call: &CallExpr) -> bool {
        let Callee::Expr(callee) = &call.callee else {
            return false;
        };
        self.names
            .composer(callee)
            .is_some_and(|(name, _)| name == "$colocate")
    }
}

impl Extractor<'_> {
    /// A field map: `{ ...f(...)(), ... }`, `f(...)(...)`, `fragment.spread(...)` or `$colocate(...)`.
    pub(super) fn field_map(
        &self,
        expr: &Expr,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Selection>> {
        match unwrap_transparent(expr) {
            Expr::Object(object) => self.field_object(object, parent, scope),
            Expr::Call(call) if scope.is_colocate(call) => self.colocate(call, parent, scope),
            Expr::Call(call) => {
                let declared = Some(scope.declared);
                if let Some((target, binding)) =
                    self.spread_call(call, scope.dollar.as_deref(), declared)?
                {
                    return Ok(vec![Selection::Spread(Spread {
                        target,
                        binding,
                        origin: self.origin(call.span.lo),
                    })]);
                }
                Ok(vec![self.field_call(call, parent, scope)?])
            }
            other => Err(self.unsupported(
                other.span(),
                "a field map other than an object literal, `f(...)(...)`, `fragment.spread(...)` or `$colocate(...)`",
            )),
        }
    }

    /// `$colocate({ label: fieldMap, ... })`: one [`Colocated`] per entry, in order.
    pub(super) fn colocate(
        &self,
        call: &CallExpr,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Selection>> {
        if scope.depth >= MAX_NESTING {
            return Err(BuilderCode::NestingTooDeep.spanning(
                self.file,
                self.span_range(call.span),
                format!("field builders nest deeper than {MAX_NESTING} levels"),
            ));
        }
        let inner = FieldScope {
            f: scope.f.clone(),
            dollar: scope.dollar.clone(),
            declared: scope.declared,
            names: scope.names,
            depth: scope.depth + 1,
        };
        let entries = match call.args.as_slice() {
            [arg] if arg.spread.is_none() => match unwrap_transparent(&arg.expr) {
                Expr::Object(object) => object,
                other => {
                    return Err(self.unsupported(
                        other.span(),
                        "`$colocate` entries that are not an object literal",
                    ))
                }
            },
            _ => {
                return Err(self.unsupported(call.span, "`$colocate` without one object of entries"))
            }
        };
        let mut out = Vec::with_capacity(entries.props.len());
        for prop in &entries.props {
            let (label, value) = self.object_entry(prop)?;
            out.push(Selection::Colocated(Colocated {
                label,
                selections: self.field_map(value, parent, &inner)?,
                origin: self.origin(prop.span().lo),
            }));
        }
        Ok(out)
    }
}
