//! A stable fingerprint of a call's source, recomputable from any host's AST.
//!
//! Spans, syntax contexts, comments, parentheses and TypeScript-only syntax are ignored, so the
//! builder's parse of the original file and a host's (possibly type-stripped) AST agree. Every
//! node kind is hashed as an explicit tag, never as a Rust enum discriminant, because the
//! plugin's AST (built with `swc_ast_unknown`) has a different enum layout.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitWith};
use xxhash_rust::xxh3::Xxh3;

/// Fingerprint of `call`: equal for the same source whatever parser or TS stripping produced the AST.
pub fn call_fingerprint(call: &CallExpr) -> u64 {
    let mut hasher = FingerprintHasher { state: Xxh3::new() };
    call.visit_with(&mut hasher);
    hasher.state.digest()
}

struct FingerprintHasher {
    state: Xxh3,
}

impl FingerprintHasher {
    fn tag(&mut self, tag: &str) {
        self.state.update(tag.as_bytes());
        self.state.update(&[0]);
    }

    fn text(&mut self, text: &str) {
        self.state.update(&(text.len() as u64).to_le_bytes());
        self.state.update(text.as_bytes());
    }

    fn count(&mut self, n: usize) {
        self.state.update(&(n as u64).to_le_bytes());
    }
}

/// Strips the wrappers TypeScript stripping or parenthesization may add or remove
/// (parentheses, `as`, `satisfies`, `!`, `<T>x`, `as const`, instantiation expressions).
pub fn unwrap_transparent(mut expr: &Expr) -> &Expr {
    loop {
        expr = match expr {
            Expr::Paren(e) => &e.expr,
            Expr::TsAs(e) => &e.expr,
            Expr::TsSatisfies(e) => &e.expr,
            Expr::TsNonNull(e) => &e.expr,
            Expr::TsTypeAssertion(e) => &e.expr,
            Expr::TsConstAssertion(e) => &e.expr,
            Expr::TsInstantiation(e) => &e.expr,
            _ => return expr,
        }
    }
}

fn expr_tag(expr: &Expr) -> &'static str {
    match expr {
        Expr::This(_) => "this",
        Expr::Array(_) => "array",
        Expr::Object(_) => "object",
        Expr::Fn(_) => "fn",
        Expr::Unary(_) => "unary",
        Expr::Update(_) => "update",
        Expr::Bin(_) => "bin",
        Expr::Assign(_) => "assign",
        Expr::Member(_) => "member",
        Expr::SuperProp(_) => "super-prop",
        Expr::Cond(_) => "cond",
        Expr::Call(_) => "call",
        Expr::New(_) => "new",
        Expr::Seq(_) => "seq",
        Expr::Ident(_) => "ident",
        Expr::Lit(_) => "lit",
        Expr::Tpl(_) => "tpl",
        Expr::TaggedTpl(_) => "tagged-tpl",
        Expr::Arrow(_) => "arrow",
        Expr::Class(_) => "class",
        Expr::Yield(_) => "yield",
        Expr::MetaProp(_) => "meta-prop",
        Expr::Await(_) => "await",
        Expr::OptChain(_) => "opt-chain",
        Expr::PrivateName(_) => "private-name",
        _ => "other",
    }
}

impl Visit for FingerprintHasher {
    fn visit_expr(&mut self, expr: &Expr) {
        let expr = unwrap_transparent(expr);
        self.tag(expr_tag(expr));
        expr.visit_children_with(self);
    }

    fn visit_ident(&mut self, ident: &Ident) {
        self.text(&ident.sym);
    }

    fn visit_ident_name(&mut self, ident: &IdentName) {
        self.text(&ident.sym);
    }

    fn visit_private_name(&mut self, name: &PrivateName) {
        self.tag("#");
        self.text(&name.name);
    }

    fn visit_str(&mut self, s: &Str) {
        self.tag("str");
        self.text(&s.value.as_wtf8().to_string_lossy());
    }

    fn visit_number(&mut self, n: &Number) {
        self.tag("num");
        self.state.update(&n.value.to_bits().to_le_bytes());
    }

    fn visit_bool(&mut self, b: &Bool) {
        self.tag(if b.value { "true" } else { "false" });
    }

    fn visit_null(&mut self, _: &Null) {
        self.tag("null");
    }

    fn visit_big_int(&mut self, n: &BigInt) {
        self.tag("bigint");
        // The value's bytes, not its decimal text: big-number formatting is a large part of
        // the `.wasm` for a rare literal.
        let bytes = n.value.to_signed_bytes_le();
        self.count(bytes.len());
        self.state.update(&bytes);
    }

    fn visit_regex(&mut self, r: &Regex) {
        self.tag("regex");
        self.text(&r.exp);
        self.text(&r.flags);
    }

    fn visit_tpl(&mut self, tpl: &Tpl) {
        self.count(tpl.quasis.len());
        tpl.visit_children_with(self);
    }

    fn visit_tpl_element(&mut self, element: &TplElement) {
        self.text(&element.raw);
    }

    fn visit_bin_expr(&mut self, e: &BinExpr) {
        self.tag(e.op.as_str());
        e.visit_children_with(self);
    }

    fn visit_unary_expr(&mut self, e: &UnaryExpr) {
        self.tag(e.op.as_str());
        e.visit_children_with(self);
    }

    fn visit_update_expr(&mut self, e: &UpdateExpr) {
        self.tag(e.op.as_str());
        self.tag(if e.prefix { "prefix" } else { "postfix" });
        e.visit_children_with(self);
    }

    fn visit_assign_expr(&mut self, e: &AssignExpr) {
        self.tag(e.op.as_str());
        e.visit_children_with(self);
    }

    fn visit_member_prop(&mut self, prop: &MemberProp) {
        self.tag(match prop {
            MemberProp::Ident(_) => ".",
            MemberProp::PrivateName(_) => ".#",
            MemberProp::Computed(_) => "[]",
            _ => "?",
        });
        prop.visit_children_with(self);
    }

    fn visit_opt_chain_base(&mut self, base: &OptChainBase) {
        self.tag(match base {
            OptChainBase::Member(_) => "?.",
            OptChainBase::Call(_) => "?.()",
            _ => "?",
        });
        base.visit_children_with(self);
    }

    fn visit_prop_or_spread(&mut self, prop: &PropOrSpread) {
        self.tag(match prop {
            PropOrSpread::Spread(_) => "...",
            PropOrSpread::Prop(p) => match &**p {
                Prop::Shorthand(_) => "shorthand",
                Prop::KeyValue(_) => "key-value",
                Prop::Assign(_) => "assign",
                Prop::Getter(_) => "get",
                Prop::Setter(_) => "set",
                Prop::Method(_) => "method",
                _ => "?",
            },
            _ => "?",
        });
        prop.visit_children_with(self);
    }

    fn visit_prop_name(&mut self, name: &PropName) {
        if let PropName::Computed(_) = name {
            self.tag("computed");
        }
        name.visit_children_with(self);
    }

    fn visit_prop_or_spreads(&mut self, props: &[PropOrSpread]) {
        self.count(props.len());
        props.visit_children_with(self);
    }

    fn visit_expr_or_spread(&mut self, arg: &ExprOrSpread) {
        if arg.spread.is_some() {
            self.tag("...");
        }
        arg.visit_children_with(self);
    }

    fn visit_expr_or_spreads(&mut self, args: &[ExprOrSpread]) {
        self.count(args.len());
        args.visit_children_with(self);
    }

    fn visit_opt_vec_expr_or_spreads(&mut self, elems: &[Option<ExprOrSpread>]) {
        self.count(elems.len());
        for elem in elems {
            match elem {
                Some(elem) => elem.visit_with(self),
                None => self.tag("hole"),
            }
        }
    }

    fn visit_pat(&mut self, pat: &Pat) {
        self.tag(match pat {
            Pat::Ident(_) => "p-ident",
            Pat::Array(_) => "p-array",
            Pat::Rest(_) => "p-rest",
            Pat::Object(_) => "p-object",
            Pat::Assign(_) => "p-assign",
            Pat::Expr(_) => "p-expr",
            _ => "p-other",
        });
        pat.visit_children_with(self);
    }

    fn visit_pats(&mut self, pats: &[Pat]) {
        self.count(pats.len());
        pats.visit_children_with(self);
    }

    fn visit_arrow_expr(&mut self, arrow: &ArrowExpr) {
        self.tag(if arrow.is_async { "async" } else { "sync" });
        self.tag(if arrow.is_generator { "gen" } else { "plain" });
        arrow.visit_children_with(self);
    }

    fn visit_arrow_function_body(&mut self, body: &ArrowFunctionBody) {
        self.tag(match body {
            ArrowFunctionBody::FunctionBody(_) => "block",
            _ => "expr-body",
        });
        body.visit_children_with(self);
    }

    fn visit_stmt(&mut self, stmt: &Stmt) {
        if let Stmt::Decl(Decl::TsInterface(_) | Decl::TsTypeAlias(_)) = stmt {
            return;
        }
        self.tag(match stmt {
            Stmt::Block(_) => "s-block",
            Stmt::Expr(_) => "s-expr",
            Stmt::Return(_) => "s-return",
            Stmt::If(_) => "s-if",
            Stmt::Decl(_) => "s-decl",
            _ => "s-other",
        });
        stmt.visit_children_with(self);
    }

    // TypeScript-only syntax: a host may or may not have stripped it.
    fn visit_ts_type_ann(&mut self, _: &TsTypeAnn) {}
    fn visit_ts_type_param_decl(&mut self, _: &TsTypeParamDecl) {}
    fn visit_ts_type_param_instantiation(&mut self, _: &TsTypeParamInstantiation) {}
    fn visit_ts_type(&mut self, _: &TsType) {}
    fn visit_ts_this_param(&mut self, _: &TsThisParam) {}
}
