//! The JavaScript expression subset metadata is written in, lowered from SWC by
//! `extract::js_lower` (which rejects everything outside it) and evaluated by [`super::eval`].

use std::sync::Arc;

use crate::diagnostic::FileId;

/// Where an expression is: its file and byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

/// An expression and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// The supported expression forms.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// `` `a${x}b` ``: cooked quasis around the expressions.
    Template {
        quasis: Vec<String>,
        exprs: Vec<Expr>,
    },
    /// A parameter bound by an enclosing arrow, or a global (`Math`, `NaN`, `Infinity`).
    Ident(String),
    Array(Vec<Element>),
    Object(Vec<Property>),
    /// `a.b`, `a[b]`, `a?.b`.
    Member {
        object: Box<Expr>,
        property: Box<Key>,
        optional: bool,
    },
    /// `f(x)`, `f?.(x)`.
    Call {
        callee: Box<Expr>,
        args: Vec<Element>,
        optional: bool,
    },
    /// The end of an optional chain: a short-circuit inside it gives `undefined`.
    Chain(Box<Expr>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        consequent: Box<Expr>,
        alternate: Box<Expr>,
    },
    Arrow(Arc<Arrow>),
    /// `await x` in an async callback: values are never promises, so it is `x`.
    Await(Box<Expr>),
}

/// An array element or call argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Item(Expr),
    Spread(Expr),
    Hole,
}

/// An object literal entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Property {
    KeyValue(Key, Expr),
    Spread(Expr),
}

/// A property name: written (`a`, `"a"`, `1`) or computed (`[expr]`).
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Name(String),
    Computed(Expr),
}

/// `(params) => body`.
#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    pub params: Vec<Pattern>,
    pub body: Expr,
    pub span: Span,
}

/// A binding pattern of an arrow parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    Ident(String),
    /// `{ a, b: c, ...rest }`.
    Object {
        props: Vec<(String, Pattern)>,
        rest: Option<String>,
    },
    /// `[a, , b, ...rest]`.
    Array {
        elems: Vec<Option<Pattern>>,
        rest: Option<String>,
    },
    /// `p = default`.
    Default(Box<Pattern>, Box<Expr>),
}

/// `!x`, `-x`, `+x`, `typeof x`, `void x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Minus,
    Plus,
    TypeOf,
    Void,
}

/// The binary operators of the subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    StrictEq,
    StrictNotEq,
    LooseEq,
    LooseNotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    In,
}

/// `&&`, `||`, `??`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

impl Expr {
    /// A short source-like name for messages: `f`, `a.b`, `a[…]`, `f(…)`.
    pub fn describe(&self) -> String {
        match &self.kind {
            ExprKind::Ident(name) => name.clone(),
            ExprKind::Member {
                object, property, ..
            } => match &**property {
                Key::Name(name) => format!("{}.{name}", object.describe()),
                Key::Computed(_) => format!("{}[…]", object.describe()),
            },
            ExprKind::Call { callee, .. } => format!("{}(…)", callee.describe()),
            ExprKind::Chain(inner) => inner.describe(),
            ExprKind::Number(n) => super::value::number_to_string(*n),
            ExprKind::String(text) if text.len() <= 20 => format!("{text:?}"),
            _ => "…".into(),
        }
    }

    /// Whether it is a member access (`a.b`, `a?.[0]`).
    pub fn is_member(&self) -> bool {
        match &self.kind {
            ExprKind::Member { .. } => true,
            ExprKind::Chain(inner) => inner.is_member(),
            _ => false,
        }
    }
}
