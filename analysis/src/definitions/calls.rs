//! Questions about a call or an expression the walk asks: what is the definition call, is a
//! value a direct call, is a builder member the context's.

use swc_core::common::Span;
use swc_core::ecma::ast::*;

use crate::fingerprint::unwrap_transparent;

/// The `gql.<schema>(...)` call at the bottom of `call` and any `.attach(...)`-style chain on it.
pub(super) fn innermost_call(call: &CallExpr) -> &CallExpr {
    let mut current = call;
    while let Callee::Expr(callee) = &current.callee {
        let Expr::Member(member) = &**callee else {
            break;
        };
        let Expr::Call(inner) = &*member.obj else {
            break;
        };
        current = inner;
    }
    current
}

/// Span of the innermost call when `value` is a call chain (`gql.x(...).attach(...)`).
pub(super) fn direct_call_span(value: &Expr) -> Option<Span> {
    let mut value = value;
    while let Expr::Paren(p) = value {
        value = &p.expr;
    }
    match value {
        Expr::Call(call) => Some(innermost_call(call).span),
        _ => None,
    }
}

/// Whether the factory of the definition `call` returns a "define" element: a `.compat(...)`
/// tagged template, or a call of the context's `define`.
pub(super) fn returns_define(call: &CallExpr) -> bool {
    let Some(Expr::Arrow(arrow)) = call.args.first().map(|a| unwrap_transparent(&a.expr)) else {
        return false;
    };
    let body = match &*arrow.body {
        ArrowFunctionBody::Expr(expr) => unwrap_transparent(expr),
        ArrowFunctionBody::FunctionBody(block) => match block.stmts.as_slice() {
            [Stmt::Return(ReturnStmt { arg: Some(arg), .. })] => unwrap_transparent(arg),
            _ => return false,
        },
        _ => return false,
    };
    match body {
        Expr::TaggedTpl(tagged) => matches!(
            unwrap_transparent(&tagged.tag),
            Expr::Call(CallExpr { callee: Callee::Expr(callee), .. })
                if matches!(unwrap_transparent(callee), Expr::Member(m) if matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "compat"))
        ),
        Expr::Call(CallExpr {
            callee: Callee::Expr(callee),
            ..
        }) => is_context_member(&arrow.params, unwrap_transparent(callee), "define"),
        _ => false,
    }
}

/// Whether `callee` names the factory context's `key` (`({ define }) => define`, renamed
/// `({ define: d }) => d`, or `(ctx) => ctx.define`).
pub(super) fn is_context_member(params: &[Pat], callee: &Expr, key: &str) -> bool {
    match (params.first(), callee) {
        (Some(Pat::Object(object)), Expr::Ident(ident)) => object.props.iter().any(|p| match p {
            ObjectPatProp::Assign(a) => &*a.key.sym == key && a.key.sym == ident.sym,
            ObjectPatProp::KeyValue(kv) => {
                matches!(&kv.key, PropName::Ident(k) if &*k.sym == key)
                    && matches!(&*kv.value, Pat::Ident(local) if local.id.sym == ident.sym)
            }
            _ => false,
        }),
        (Some(Pat::Ident(context)), Expr::Member(member)) => {
            matches!(&*member.obj, Expr::Ident(obj) if obj.sym == context.id.sym)
                && matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == key)
        }
        _ => false,
    }
}

pub(super) fn strip_non_null(mut expr: &Expr) -> &Expr {
    while let Expr::TsNonNull(e) = expr {
        expr = &e.expr;
    }
    expr
}

pub(super) fn argument_kind(expr: &Expr) -> &'static str {
    match strip_non_null(expr) {
        Expr::Lit(Lit::Str(_)) | Expr::Tpl(_) => "string",
        Expr::Lit(Lit::Num(_)) => "number",
        Expr::Lit(Lit::Bool(_)) => "boolean",
        Expr::Lit(Lit::Null(_)) => "null",
        Expr::Object(_) => "object",
        Expr::Array(_) => "array",
        Expr::Fn(_) => "function",
        Expr::Ident(ident) if &*ident.sym == "undefined" => "undefined",
        _ => "unknown",
    }
}
