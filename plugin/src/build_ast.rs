//! Small constructors for the AST the plugin emits.

use swc_core::common::{Span, SyntaxContext, DUMMY_SP};
use swc_core::ecma::ast::*;

pub fn ident(name: &str) -> Ident {
    Ident::new_no_ctxt(name.into(), DUMMY_SP)
}

pub fn ident_expr(name: &str) -> Expr {
    Expr::Ident(ident(name))
}

pub fn str_expr(value: &str) -> Expr {
    Expr::Lit(Lit::Str(Str {
        span: DUMMY_SP,
        value: value.into(),
        raw: None,
    }))
}

pub fn str_node(value: &str) -> Str {
    Str {
        span: DUMMY_SP,
        value: value.into(),
        raw: None,
    }
}

pub fn member(object: Expr, property: &str) -> Expr {
    Expr::Member(MemberExpr {
        span: DUMMY_SP,
        obj: Box::new(object),
        prop: MemberProp::Ident(IdentName::new(property.into(), DUMMY_SP)),
    })
}

pub fn call(span: Span, callee: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call(CallExpr {
        span,
        ctxt: SyntaxContext::empty(),
        callee: Callee::Expr(Box::new(callee)),
        args: args
            .into_iter()
            .map(|expr| ExprOrSpread {
                spread: None,
                expr: Box::new(expr),
            })
            .collect(),
        type_args: None,
    })
}

pub fn object(props: Vec<(&str, Expr)>) -> Expr {
    Expr::Object(ObjectLit {
        span: DUMMY_SP,
        props: props
            .into_iter()
            .map(|(key, value)| {
                PropOrSpread::Prop(Box::new(Prop::KeyValue(KeyValueProp {
                    key: PropName::Ident(IdentName::new(key.into(), DUMMY_SP)),
                    value: Box::new(value),
                })))
            })
            .collect(),
    })
}

/// `import { imported as local } from "source";`
pub fn named_import(imported: &str, local: &str, source: &str) -> ModuleItem {
    let imported = (imported != local).then(|| ModuleExportName::Ident(ident(imported)));
    ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl {
        span: DUMMY_SP,
        specifiers: vec![ImportSpecifier::Named(ImportNamedSpecifier {
            span: DUMMY_SP,
            local: ident(local),
            imported,
            is_type_only: false,
        })],
        src: Box::new(str_node(source)),
        type_only: false,
        with: None,
        phase: Default::default(),
    }))
}

/// `<expr>;`
pub fn expr_stmt(expr: Expr) -> ModuleItem {
    ModuleItem::Stmt(Stmt::Expr(ExprStmt {
        span: DUMMY_SP,
        expr: Box::new(expr),
    }))
}
