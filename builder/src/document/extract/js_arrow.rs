//! Arrow functions in metadata: parameters (identifiers and destructuring patterns, with
//! defaults) bound in a new scope, and bodies that are an expression or a single `return`.

use std::sync::Arc;

use swc_core::common::Spanned;
use swc_core::ecma::ast as swc;

use super::super::js::syntax::{Arrow, Expr, Pattern};
use super::js_lower::Lower;
use super::Res;

impl Lower<'_, '_> {
    /// `(params) => body`; `callback` for the metadata callback itself (which may be async).
    pub(super) fn arrow(&mut self, arrow: &swc::ArrowExpr, callback: bool) -> Res<Arc<Arrow>> {
        if arrow.is_generator || (arrow.is_async && !callback) {
            return Err(self.unsupported(arrow.span, "an async or generator arrow inside metadata"));
        }
        let mut names = Vec::new();
        for param in &arrow.params {
            collect_names(param, &mut names);
        }
        self.scopes.push(names);
        let lowered = self.arrow_parts(arrow);
        self.scopes.pop();
        let (params, body) = lowered?;
        Ok(Arc::new(Arrow {
            params,
            body,
            span: self.span(arrow.span),
        }))
    }

    fn arrow_parts(&mut self, arrow: &swc::ArrowExpr) -> Res<(Vec<Pattern>, Expr)> {
        let params = arrow
            .params
            .iter()
            .map(|p| self.pattern(p))
            .collect::<Res<Vec<_>>>()?;
        let body = match &*arrow.body {
            swc::ArrowFunctionBody::Expr(expr) => self.expr(expr)?,
            swc::ArrowFunctionBody::FunctionBody(block) => match block.stmts.as_slice() {
                [swc::Stmt::Return(swc::ReturnStmt { arg: Some(arg), .. })] => self.expr(arg)?,
                [swc::Stmt::Return(ret)] => {
                    self.node(super::super::js::syntax::ExprKind::Undefined, ret.span)
                }
                _ => {
                    return Err(self.unsupported(
                        block.span,
                        "a function body other than one `return` (metadata is an expression)",
                    ))
                }
            },
            #[allow(unreachable_patterns, reason = "non-exhaustive under swc_ast_unknown")]
            _ => return Err(self.unsupported(arrow.span, "this arrow body")),
        };
        Ok((params, body))
    }

    fn pattern(&mut self, pat: &swc::Pat) -> Res<Pattern> {
        Ok(match pat {
            swc::Pat::Ident(ident) => Pattern::Ident(ident.id.sym.to_string()),
            swc::Pat::Assign(assign) => Pattern::Default(
                Box::new(self.pattern(&assign.left)?),
                Box::new(self.expr(&assign.right)?),
            ),
            swc::Pat::Object(object) => {
                let mut props = Vec::new();
                let mut rest = None;
                for prop in &object.props {
                    match prop {
                        swc::ObjectPatProp::KeyValue(kv) => {
                            let key = match &kv.key {
                                swc::PropName::Ident(i) => i.sym.to_string(),
                                swc::PropName::Str(s) => s.value.to_string_lossy().into_owned(),
                                other => {
                                    return Err(self.unsupported(
                                        other.span(),
                                        "a computed key in a parameter pattern",
                                    ))
                                }
                            };
                            props.push((key, self.pattern(&kv.value)?));
                        }
                        swc::ObjectPatProp::Assign(assign) => {
                            let name = Pattern::Ident(assign.key.sym.to_string());
                            let pattern = match &assign.value {
                                Some(default) => {
                                    Pattern::Default(Box::new(name), Box::new(self.expr(default)?))
                                }
                                None => name,
                            };
                            props.push((assign.key.sym.to_string(), pattern));
                        }
                        swc::ObjectPatProp::Rest(r) => rest = Some(self.rest_name(r)?),
                    }
                }
                Pattern::Object { props, rest }
            }
            swc::Pat::Array(array) => {
                let mut elems = Vec::new();
                let mut rest = None;
                for elem in &array.elems {
                    match elem {
                        Some(swc::Pat::Rest(r)) => rest = Some(self.rest_name(r)?),
                        Some(p) => elems.push(Some(self.pattern(p)?)),
                        None => elems.push(None),
                    }
                }
                Pattern::Array { elems, rest }
            }
            other => return Err(self.unsupported(other.span(), "this parameter pattern")),
        })
    }

    fn rest_name(&self, rest: &swc::RestPat) -> Res<String> {
        match &*rest.arg {
            swc::Pat::Ident(ident) => Ok(ident.id.sym.to_string()),
            other => Err(self.unsupported(other.span(), "a rest pattern that is not a name")),
        }
    }
}

/// Every name a parameter pattern binds.
fn collect_names(pat: &swc::Pat, out: &mut Vec<String>) {
    match pat {
        swc::Pat::Ident(ident) => out.push(ident.id.sym.to_string()),
        swc::Pat::Assign(assign) => collect_names(&assign.left, out),
        swc::Pat::Rest(rest) => collect_names(&rest.arg, out),
        swc::Pat::Array(array) => array
            .elems
            .iter()
            .flatten()
            .for_each(|p| collect_names(p, out)),
        swc::Pat::Object(object) => {
            for prop in &object.props {
                match prop {
                    swc::ObjectPatProp::KeyValue(kv) => collect_names(&kv.value, out),
                    swc::ObjectPatProp::Assign(a) => out.push(a.key.sym.to_string()),
                    swc::ObjectPatProp::Rest(r) => collect_names(&r.arg, out),
                }
            }
        }
        _ => {}
    }
}
