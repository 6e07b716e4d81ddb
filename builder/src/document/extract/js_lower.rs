//! `metadata` options lowered from SWC into the JavaScript subset of `document::js`: everything
//! outside it, and every name no enclosing arrow binds, is an `UNSUPPORTED_CONSTRUCT` at that
//! expression.

use swc_core::common::{Span as SwcSpan, Spanned};
use swc_core::ecma::ast as swc;

use super::super::js::builtins::global;
use super::super::js::syntax::*;
use super::super::js::value::number_to_string;
use super::super::js::Metadata;
use super::field_builder::MAX_NESTING;
use super::values::print_member;
use super::{Extractor, Res};
use crate::diagnostic::{BuilderCode, Diagnostic};

/// Lowering state: the names in scope (innermost last) and how deep the walk is.
pub(super) struct Lower<'x, 'a> {
    cx: &'x Extractor<'a>,
    pub(super) scopes: Vec<Vec<String>>,
    depth: usize,
    in_async: bool,
}

impl Extractor<'_> {
    /// The `metadata` value `expr`: a callback, or a static value.
    pub(super) fn lower_metadata(&self, expr: &swc::Expr) -> Res<Metadata> {
        let mut lower = Lower {
            cx: self,
            scopes: Vec::new(),
            depth: 0,
            in_async: false,
        };
        match strip_ts(expr) {
            swc::Expr::Arrow(arrow) => {
                let uses_document = sees_document(&arrow.params);
                lower.in_async = arrow.is_async;
                Ok(Metadata::Callback {
                    arrow: lower.arrow(arrow, true)?,
                    uses_document,
                })
            }
            other => Ok(Metadata::Static(lower.expr(other)?)),
        }
    }
}

/// `expr` without TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`, `as const`).
fn strip_ts(mut expr: &swc::Expr) -> &swc::Expr {
    loop {
        expr = match expr {
            swc::Expr::TsAs(e) => &e.expr,
            swc::Expr::TsSatisfies(e) => &e.expr,
            swc::Expr::TsNonNull(e) => &e.expr,
            swc::Expr::TsTypeAssertion(e) => &e.expr,
            swc::Expr::TsConstAssertion(e) => &e.expr,
            swc::Expr::TsInstantiation(e) => &e.expr,
            _ => return expr,
        };
    }
}

/// Whether a callback with these parameters can read `document` (not when it destructures
/// other names only), so that the document is converted only for callbacks that can use it.
fn sees_document(params: &[swc::Pat]) -> bool {
    match params {
        [] => false,
        [swc::Pat::Object(object)] => object.props.iter().any(|p| match p {
            swc::ObjectPatProp::KeyValue(kv) => prop_name(&kv.key).is_none_or(|k| k == "document"),
            swc::ObjectPatProp::Assign(a) => &*a.key.sym == "document",
            swc::ObjectPatProp::Rest(_) => true,
        }),
        _ => true,
    }
}

fn prop_name(key: &swc::PropName) -> Option<&str> {
    match key {
        swc::PropName::Ident(i) => Some(&i.sym),
        swc::PropName::Str(s) => s.value.as_str(),
        _ => None,
    }
}

impl Lower<'_, '_> {
    pub(super) fn span(&self, span: SwcSpan) -> Span {
        let range = self.cx.span_range(span);
        Span {
            file: self.cx.file,
            start: range.start,
            end: range.end,
        }
    }

    pub(super) fn unsupported(&self, span: SwcSpan, what: impl std::fmt::Display) -> Diagnostic {
        self.cx.unsupported(span, what)
    }

    pub(super) fn node(&self, kind: ExprKind, span: SwcSpan) -> Expr {
        Expr {
            kind,
            span: self.span(span),
        }
    }

    fn in_scope(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.iter().any(|n| n == name))
    }

    pub(super) fn expr(&mut self, expr: &swc::Expr) -> Res<Expr> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(BuilderCode::NestingTooDeep.spanning(
                self.cx.file,
                self.cx.span_range(expr.span()),
                format!("metadata nests deeper than {MAX_NESTING} levels"),
            ));
        }
        let result = self.expr_kind(expr);
        self.depth -= 1;
        result.map(|kind| self.node(kind, expr.span()))
    }

    pub(super) fn boxed(&mut self, expr: &swc::Expr) -> Res<Box<Expr>> {
        self.expr(expr).map(Box::new)
    }

    fn expr_kind(&mut self, expr: &swc::Expr) -> Res<ExprKind> {
        Ok(match expr {
            swc::Expr::Lit(lit) => self.literal(lit)?,
            swc::Expr::Tpl(tpl) => self.template(tpl)?,
            swc::Expr::Ident(ident) => self.ident(&ident.sym, ident.span)?,
            swc::Expr::Array(array) => ExprKind::Array(self.elements(&array.elems)?),
            swc::Expr::Object(object) => self.object(object)?,
            swc::Expr::Paren(paren) => self.expr(&paren.expr)?.kind,
            swc::Expr::TsAs(_)
            | swc::Expr::TsSatisfies(_)
            | swc::Expr::TsNonNull(_)
            | swc::Expr::TsTypeAssertion(_)
            | swc::Expr::TsConstAssertion(_)
            | swc::Expr::TsInstantiation(_) => self.expr(strip_ts(expr))?.kind,
            swc::Expr::Member(member) => self.member(member, false)?,
            swc::Expr::Call(call) => self.call(call)?,
            swc::Expr::OptChain(chain) => ExprKind::Chain(Box::new(self.link(chain)?)),
            swc::Expr::Unary(unary) => self.unary(unary)?,
            swc::Expr::Bin(bin) => self.binary(bin)?,
            swc::Expr::Cond(cond) => ExprKind::Conditional {
                test: self.boxed(&cond.test)?,
                consequent: self.boxed(&cond.cons)?,
                alternate: self.boxed(&cond.alt)?,
            },
            swc::Expr::Arrow(arrow) if arrow.is_async => {
                return Err(self.unsupported(arrow.span, "an async arrow inside metadata"))
            }
            swc::Expr::Arrow(arrow) => ExprKind::Arrow(self.arrow(arrow, false)?),
            swc::Expr::Await(await_expr) if self.in_async => {
                ExprKind::Await(self.boxed(&await_expr.arg)?)
            }
            other => return Err(self.unsupported(other.span(), describe_unsupported(other))),
        })
    }

    fn literal(&self, lit: &swc::Lit) -> Res<ExprKind> {
        Ok(match lit {
            swc::Lit::Str(s) => ExprKind::String(s.value.as_wtf8().to_string_lossy().into_owned()),
            swc::Lit::Num(n) => ExprKind::Number(n.value),
            swc::Lit::Bool(b) => ExprKind::Bool(b.value),
            swc::Lit::Null(_) => ExprKind::Null,
            other => {
                return Err(self.unsupported(other.span(), "this literal (a BigInt or a RegExp)"))
            }
        })
    }

    fn template(&mut self, tpl: &swc::Tpl) -> Res<ExprKind> {
        let mut quasis = Vec::with_capacity(tpl.quasis.len());
        for quasi in &tpl.quasis {
            let Some(cooked) = &quasi.cooked else {
                return Err(
                    self.unsupported(quasi.span, "a template with an invalid escape sequence")
                );
            };
            quasis.push(cooked.to_string_lossy().into_owned());
        }
        let exprs = tpl.exprs.iter().map(|e| self.expr(e)).collect::<Res<_>>()?;
        Ok(ExprKind::Template { quasis, exprs })
    }

    fn ident(&self, name: &str, span: SwcSpan) -> Res<ExprKind> {
        if self.in_scope(name) || global(name).is_some() {
            Ok(ExprKind::Ident(name.to_owned()))
        } else if name == "undefined" {
            Ok(ExprKind::Undefined)
        } else {
            Err(self.unsupported(
                span,
                format!("a reference to `{name}` (metadata sees only its callback's parameters)"),
            ))
        }
    }

    fn elements(&mut self, elems: &[Option<swc::ExprOrSpread>]) -> Res<Vec<Element>> {
        elems
            .iter()
            .map(|e| match e {
                None => Ok(Element::Hole),
                Some(swc::ExprOrSpread {
                    spread: Some(_),
                    expr,
                }) => Ok(Element::Spread(self.expr(expr)?)),
                Some(swc::ExprOrSpread { expr, .. }) => Ok(Element::Item(self.expr(expr)?)),
            })
            .collect()
    }

    fn arguments(&mut self, args: &[swc::ExprOrSpread]) -> Res<Vec<Element>> {
        args.iter()
            .map(|a| match a.spread {
                Some(_) => Ok(Element::Spread(self.expr(&a.expr)?)),
                None => Ok(Element::Item(self.expr(&a.expr)?)),
            })
            .collect()
    }

    fn key(&mut self, key: &swc::PropName) -> Res<Key> {
        Ok(match key {
            swc::PropName::Ident(i) => Key::Name(i.sym.to_string()),
            swc::PropName::Str(s) => Key::Name(s.value.as_wtf8().to_string_lossy().into_owned()),
            swc::PropName::Num(n) => Key::Name(number_to_string(n.value)),
            swc::PropName::Computed(c) => Key::Computed(self.expr(&c.expr)?),
            other => return Err(self.unsupported(other.span(), "a BigInt key")),
        })
    }

    fn object(&mut self, object: &swc::ObjectLit) -> Res<ExprKind> {
        let mut props = Vec::with_capacity(object.props.len());
        for prop in &object.props {
            let prop = match prop {
                swc::PropOrSpread::Spread(spread) => Property::Spread(self.expr(&spread.expr)?),
                swc::PropOrSpread::Prop(prop) => match &**prop {
                    swc::Prop::KeyValue(kv) => {
                        Property::KeyValue(self.key(&kv.key)?, self.expr(&kv.value)?)
                    }
                    swc::Prop::Shorthand(ident) => {
                        let value = self.ident(&ident.sym, ident.span)?;
                        Property::KeyValue(
                            Key::Name(ident.sym.to_string()),
                            self.node(value, ident.span),
                        )
                    }
                    other => {
                        return Err(self
                            .unsupported(other.span(), "a method, getter or setter in metadata"))
                    }
                },
            };
            props.push(prop);
        }
        Ok(ExprKind::Object(props))
    }

    fn member_key(&mut self, prop: &swc::MemberProp) -> Res<Key> {
        Ok(match prop {
            swc::MemberProp::Ident(i) => Key::Name(i.sym.to_string()),
            swc::MemberProp::Computed(c) => Key::Computed(self.expr(&c.expr)?),
            other => return Err(self.unsupported(other.span(), "a private field access")),
        })
    }

    /// `a.b`; `in_chain` when it is a link of an optional chain.
    fn member(&mut self, member: &swc::MemberExpr, optional: bool) -> Res<ExprKind> {
        Ok(ExprKind::Member {
            object: Box::new(self.link_base(&member.obj)?),
            property: Box::new(self.member_key(&member.prop)?),
            optional,
        })
    }

    /// The object or callee of a link: an inner `OptChain` continues the same chain.
    fn link_base(&mut self, base: &swc::Expr) -> Res<Expr> {
        let mut unwrapped = base;
        while let swc::Expr::TsNonNull(e) = unwrapped {
            unwrapped = &e.expr;
        }
        match unwrapped {
            swc::Expr::OptChain(chain) => self.link(chain),
            _ => self.expr(base),
        }
    }

    fn link(&mut self, chain: &swc::OptChainExpr) -> Res<Expr> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.unsupported(chain.span, "an optional chain this long"));
        }
        let kind = match &*chain.base {
            swc::OptChainBase::Member(member) => self.member(member, chain.optional),
            swc::OptChainBase::Call(call) => Ok(ExprKind::Call {
                callee: Box::new(self.link_base(&call.callee)?),
                args: self.arguments(&call.args)?,
                optional: chain.optional,
            }),
            #[allow(unreachable_patterns, reason = "non-exhaustive under swc_ast_unknown")]
            _ => Err(self.unsupported(chain.span, "this optional chain")),
        };
        self.depth -= 1;
        Ok(self.node(kind?, chain.span))
    }

    fn call(&mut self, call: &swc::CallExpr) -> Res<ExprKind> {
        let swc::Callee::Expr(callee) = &call.callee else {
            return Err(self.unsupported(call.span, "this call"));
        };
        if let swc::Expr::Ident(ident) = strip_ts(callee) {
            if !self.in_scope(&ident.sym) && global(&ident.sym).is_none() {
                return Err(self.unsupported(
                    call.span,
                    format!("a call of `{}(...)` (metadata can call only `$var` helpers, `Math` and array methods)", ident.sym),
                ));
            }
        }
        Ok(ExprKind::Call {
            callee: Box::new(self.link_base(callee)?),
            args: self.arguments(&call.args)?,
            optional: false,
        })
    }
}

fn describe_unsupported(expr: &swc::Expr) -> String {
    match expr {
        swc::Expr::Assign(_) | swc::Expr::Update(_) => "an assignment in metadata".into(),
        swc::Expr::New(new) => format!("`new {}(...)` in metadata", name_of(&new.callee)),
        swc::Expr::Fn(_) => "a `function` expression in metadata (use an arrow function)".into(),
        swc::Expr::Seq(_) => "a comma expression in metadata".into(),
        swc::Expr::This(_) => "`this` in metadata".into(),
        swc::Expr::TaggedTpl(_) => "a tagged template in metadata".into(),
        swc::Expr::Await(_) => "`await` outside an async metadata callback".into(),
        swc::Expr::Class(_) => "a class in metadata".into(),
        _ => "this expression in metadata".into(),
    }
}

/// `Date`, `a.b`: what a `new` constructs, for messages.
fn name_of(expr: &swc::Expr) -> String {
    match strip_ts(expr) {
        swc::Expr::Ident(ident) => ident.sym.to_string(),
        swc::Expr::Member(member) => print_member(member),
        _ => "…".into(),
    }
}
