//! The evaluator: expressions of [`super::syntax`] over [`Value`]s with JavaScript semantics.
//! Depth and work are bounded, so no input can overflow the stack or run away.

use std::rc::Rc;

use super::builtins::{get_property, global, has_property, iterate, own_entries};
use super::ops;
use super::syntax::*;
use super::value::{to_js_string, to_property_key, Fault, Function, Object, Value};
use crate::diagnostic::{BuilderCode, Diagnostic};

/// Expressions and calls nest at most this deep during one evaluation.
pub const MAX_DEPTH: usize = 256;
/// One evaluation takes at most this many steps (nodes visited, plus elements copied).
pub const MAX_STEPS: u64 = 1_000_000;

/// Names bound by an arrow's parameters, and the scope it was created in.
#[derive(Debug, Default)]
pub struct Scope {
    vars: Vec<(String, Value)>,
    parent: Option<Rc<Scope>>,
    depth: u32,
}

impl Scope {
    /// A scope binding `vars` inside `parent`.
    pub fn new(vars: Vec<(String, Value)>, parent: Option<Rc<Scope>>) -> Rc<Scope> {
        let own = vars.iter().map(|(_, v)| v.depth()).max().unwrap_or(0);
        let depth = own.max(parent.as_ref().map_or(0, |p| p.depth));
        Rc::new(Scope {
            vars,
            parent,
            depth,
        })
    }

    /// The value bound to `name` here or in an enclosing scope.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let mut scope = Some(self);
        while let Some(current) = scope {
            if let Some((_, value)) = current.vars.iter().rev().find(|(n, _)| n == name) {
                return Some(value.clone());
            }
            scope = current.parent.as_deref();
        }
        None
    }

    /// How deeply the values it holds nest.
    pub fn depth(&self) -> u32 {
        self.depth
    }
}

/// The diagnostic for `fault` at `span`.
pub fn fault_at(span: &Span, fault: Fault) -> Diagnostic {
    let (code, message) = match fault {
        Fault::Thrown(message) => (
            BuilderCode::MetadataEvaluationFailed,
            format!("evaluating metadata throws: {message}"),
        ),
        Fault::Unsupported(what) => (
            BuilderCode::UnsupportedConstruct,
            format!("{what} cannot be evaluated statically"),
        ),
        Fault::TooDeep(message) => (BuilderCode::NestingTooDeep, message),
    };
    code.spanning(span.file, span.start..span.end, message)
}

pub(super) type Res<T> = Result<T, Diagnostic>;

/// One evaluation's budget.
#[derive(Debug, Default)]
pub struct Evaluator {
    steps: u64,
    pub(super) depth: usize,
}

impl Evaluator {
    /// Counts `n` steps of work at `span`.
    pub(super) fn charge(&mut self, n: u64, span: &Span) -> Res<()> {
        self.steps = self.steps.saturating_add(n);
        if self.steps > MAX_STEPS {
            return Err(fault_at(
                span,
                Fault::TooDeep(format!(
                    "metadata evaluation takes more than {MAX_STEPS} steps"
                )),
            ));
        }
        Ok(())
    }

    /// Enters one level of nesting at `span`.
    pub(super) fn enter(&mut self, span: &Span) -> Res<()> {
        self.charge(1, span)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(fault_at(
                span,
                Fault::TooDeep(format!(
                    "metadata evaluation nests deeper than {MAX_DEPTH} levels"
                )),
            ));
        }
        Ok(())
    }

    /// Evaluates `expr` in `scope`.
    pub fn eval(&mut self, expr: &Expr, scope: &Rc<Scope>) -> Res<Value> {
        self.enter(&expr.span)?;
        let result = self.eval_kind(expr, scope);
        self.depth -= 1;
        result
    }

    fn eval_kind(&mut self, expr: &Expr, scope: &Rc<Scope>) -> Res<Value> {
        let at = |fault| fault_at(&expr.span, fault);
        Ok(match &expr.kind {
            ExprKind::Undefined => Value::Undefined,
            ExprKind::Null => Value::Null,
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::Number(n) => Value::Number(*n),
            ExprKind::String(s) => Value::string(s.as_str()),
            ExprKind::Template { quasis, exprs } => self.template(quasis, exprs, scope, expr)?,
            ExprKind::Ident(name) => match scope.lookup(name).or_else(|| global(name)) {
                Some(value) => value,
                None => return Err(at(Fault::Unsupported(format!("a reference to `{name}`")))),
            },
            ExprKind::Array(elements) => {
                let items = self.elements(elements, scope)?;
                Value::array(items).map_err(at)?
            }
            ExprKind::Object(props) => self.object(props, scope, expr)?,
            ExprKind::Member { .. } | ExprKind::Call { .. } => {
                self.eval_link(expr, scope)?.unwrap_or(Value::Undefined)
            }
            ExprKind::Chain(inner) => self.eval_link(inner, scope)?.unwrap_or(Value::Undefined),
            ExprKind::Unary { op, arg } => {
                let value = self.eval(arg, scope)?;
                ops::unary(*op, &value).map_err(at)?
            }
            ExprKind::Binary { op, left, right } => {
                let (l, r) = (self.eval(left, scope)?, self.eval(right, scope)?);
                match op {
                    BinaryOp::In => {
                        let key = to_property_key(&l).map_err(at)?;
                        Value::Bool(has_property(&r, &key).map_err(at)?)
                    }
                    _ => {
                        let value = ops::binary(*op, &l, &r).map_err(at)?;
                        if let Value::String(s) = &value {
                            self.charge(s.len() as u64 / 64, &expr.span)?;
                        }
                        value
                    }
                }
            }
            ExprKind::Logical { op, left, right } => {
                let l = self.eval(left, scope)?;
                let take_left = match op {
                    LogicalOp::And => !l.truthy(),
                    LogicalOp::Or => l.truthy(),
                    LogicalOp::Nullish => !l.is_nullish(),
                };
                if take_left {
                    l
                } else {
                    self.eval(right, scope)?
                }
            }
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => {
                if self.eval(test, scope)?.truthy() {
                    self.eval(consequent, scope)?
                } else {
                    self.eval(alternate, scope)?
                }
            }
            ExprKind::Arrow(arrow) => Value::Function(Rc::new(Function::Closure {
                arrow: arrow.clone(),
                scope: scope.clone(),
            })),
            ExprKind::Await(inner) => self.eval(inner, scope)?,
        })
    }

    /// A member access or call of an optional chain: `None` when a `?.` short-circuits.
    fn eval_link(&mut self, expr: &Expr, scope: &Rc<Scope>) -> Res<Option<Value>> {
        let at = |fault| fault_at(&expr.span, fault);
        match &expr.kind {
            ExprKind::Member {
                object,
                property,
                optional,
            } => {
                let Some(target) = self.link_base(object, scope)? else {
                    return Ok(None);
                };
                if *optional && target.is_nullish() {
                    return Ok(None);
                }
                let key = self.key(property, scope)?;
                get_property(&target, &key).map(Some).map_err(at)
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => {
                let Some(function) = self.link_base(callee, scope)? else {
                    return Ok(None);
                };
                if *optional && function.is_nullish() {
                    return Ok(None);
                }
                let args = self.elements(args, scope)?;
                self.call(&function, args, expr, callee).map(Some)
            }
            _ => self.eval(expr, scope).map(Some),
        }
    }

    /// The object or callee of a chain link, which continues the chain when it is a link itself.
    fn link_base(&mut self, base: &Expr, scope: &Rc<Scope>) -> Res<Option<Value>> {
        match base.kind {
            ExprKind::Member { .. } | ExprKind::Call { .. } => {
                self.enter(&base.span)?;
                let result = self.eval_link(base, scope);
                self.depth -= 1;
                result
            }
            _ => self.eval(base, scope).map(Some),
        }
    }

    fn key(&mut self, key: &Key, scope: &Rc<Scope>) -> Res<Rc<str>> {
        match key {
            Key::Name(name) => Ok(Rc::from(name.as_str())),
            Key::Computed(expr) => {
                let value = self.eval(expr, scope)?;
                to_property_key(&value).map_err(|f| fault_at(&expr.span, f))
            }
        }
    }

    fn template(
        &mut self,
        quasis: &[String],
        exprs: &[Expr],
        scope: &Rc<Scope>,
        whole: &Expr,
    ) -> Res<Value> {
        let mut text = String::new();
        for (i, quasi) in quasis.iter().enumerate() {
            text.push_str(quasi);
            if let Some(expr) = exprs.get(i) {
                let value = self.eval(expr, scope)?;
                text.push_str(&to_js_string(&value).map_err(|f| fault_at(&expr.span, f))?);
            }
        }
        self.charge(text.len() as u64 / 64, &whole.span)?;
        Ok(Value::string(text))
    }

    /// Array elements or call arguments, spreads expanded.
    pub(super) fn elements(&mut self, elements: &[Element], scope: &Rc<Scope>) -> Res<Vec<Value>> {
        let mut out = Vec::with_capacity(elements.len());
        for element in elements {
            match element {
                Element::Item(expr) => out.push(self.eval(expr, scope)?),
                Element::Hole => out.push(Value::Undefined),
                Element::Spread(expr) => {
                    let value = self.eval(expr, scope)?;
                    let items = iterate(&value).map_err(|f| fault_at(&expr.span, f))?;
                    self.charge(items.len() as u64, &expr.span)?;
                    out.extend(items);
                }
            }
        }
        Ok(out)
    }

    fn object(&mut self, props: &[Property], scope: &Rc<Scope>, whole: &Expr) -> Res<Value> {
        let mut object = Object::default();
        let at = |fault| fault_at(&whole.span, fault);
        for prop in props {
            match prop {
                Property::KeyValue(key, expr) => {
                    let key = self.key(key, scope)?;
                    let value = self.eval(expr, scope)?;
                    object.insert(key, value).map_err(at)?;
                }
                Property::Spread(expr) => {
                    let value = self.eval(expr, scope)?;
                    let entries = own_entries(&value).map_err(|f| fault_at(&expr.span, f))?;
                    self.charge(entries.len() as u64, &expr.span)?;
                    for (key, value) in entries {
                        object.insert(key, value).map_err(at)?;
                    }
                }
            }
        }
        Ok(Value::Object(Rc::new(object)))
    }
}
