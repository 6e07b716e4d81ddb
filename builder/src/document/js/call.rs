//! Calls: arrow functions (parameters bound by their patterns), builtins, the `$var` helpers
//! that take selectors, and the array methods that take callbacks.

use std::rc::Rc;

use super::builtins::{call_pure, call_string_method, get_property, iterate, own_entries};
use super::builtins::{Builtin, Method};
use super::eval::{fault_at, Evaluator, Res, Scope};
use super::ops::strict_equals;
use super::syntax::{Arrow, Expr, Pattern, Span};
use super::value::{to_js_string, to_number, Fault, Function, Object, Value};
use super::var_tools::{finish, root_proxy};

impl Evaluator {
    /// Calls `function` with `args` for the call expression `call` (whose callee is `callee`).
    pub(super) fn call(
        &mut self,
        function: &Value,
        args: Vec<Value>,
        call: &Expr,
        callee: &Expr,
    ) -> Res<Value> {
        let at = |fault| fault_at(&call.span, fault);
        let Value::Function(function) = function else {
            let what = callee.describe();
            return Err(at(if function.is_nullish() && !callee.is_member() {
                Fault::Thrown(format!("TypeError: {what} is not a function"))
            } else {
                Fault::Unsupported(format!("a call of `{what}(...)`"))
            }));
        };
        match &**function {
            Function::Closure { arrow, scope } => self.call_arrow(arrow, scope, args),
            Function::Builtin(Builtin::VarTool(tool)) if tool.takes_selector() => {
                let first = args.first().unwrap_or(&Value::Undefined);
                let proxy = root_proxy(*tool, first).map_err(at)?;
                let selector = args.get(1).cloned().unwrap_or(Value::Undefined);
                let selected = self.call_callback(&selector, vec![proxy], call)?;
                finish(*tool, &selected).map_err(at)
            }
            Function::Builtin(builtin) => call_pure(*builtin, &args).map_err(at),
            Function::Method { receiver, method } => match receiver {
                Value::Array(items) => self.array_method(receiver, items, *method, args, call),
                Value::String(text) => call_string_method(text, *method, &args).map_err(at),
                _ => Err(at(Fault::Unsupported(format!("`.{}(...)`", method.0)))),
            },
        }
    }

    /// Calls a function value passed as an argument (a callback or a selector).
    fn call_callback(&mut self, function: &Value, args: Vec<Value>, call: &Expr) -> Res<Value> {
        match function {
            Value::Function(_) => self.call(function, args, call, call),
            other => Err(fault_at(
                &call.span,
                Fault::Thrown(format!("TypeError: {} is not a function", other.type_of())),
            )),
        }
    }

    /// Runs an arrow function: binds its parameters in a new scope, evaluates its body.
    pub fn call_arrow(&mut self, arrow: &Arrow, scope: &Rc<Scope>, args: Vec<Value>) -> Res<Value> {
        self.enter(&arrow.span)?;
        let result = self.arrow_body(arrow, scope, args);
        self.depth -= 1;
        result
    }

    fn arrow_body(&mut self, arrow: &Arrow, scope: &Rc<Scope>, args: Vec<Value>) -> Res<Value> {
        let mut vars = Vec::new();
        let mut args = args.into_iter();
        for param in &arrow.params {
            let value = args.next().unwrap_or(Value::Undefined);
            self.bind(param, value, &mut vars, scope, &arrow.span)?;
        }
        let inner = Scope::new(vars, Some(scope.clone()));
        self.eval(&arrow.body, &inner)
    }

    /// Binds `pattern` to `value`, appending to `vars` (defaults see the names bound before them).
    fn bind(
        &mut self,
        pattern: &Pattern,
        value: Value,
        vars: &mut Vec<(String, Value)>,
        scope: &Rc<Scope>,
        span: &Span,
    ) -> Res<()> {
        let at = |fault| fault_at(span, fault);
        match pattern {
            Pattern::Ident(name) => vars.push((name.clone(), value)),
            Pattern::Default(inner, default) => {
                let value = match value {
                    Value::Undefined => {
                        let so_far = Scope::new(vars.clone(), Some(scope.clone()));
                        self.eval(default, &so_far)?
                    }
                    value => value,
                };
                self.bind(inner, value, vars, scope, span)?;
            }
            Pattern::Object { props, rest } => {
                if value.is_nullish() {
                    return Err(at(Fault::Thrown(format!(
                        "TypeError: Cannot destructure '{}' as it is {}.",
                        to_js_string(&value).map_err(at)?,
                        to_js_string(&value).map_err(at)?
                    ))));
                }
                for (key, inner) in props {
                    let item = get_property(&value, &Rc::from(key.as_str())).map_err(at)?;
                    self.bind(inner, item, vars, scope, span)?;
                }
                if let Some(rest) = rest {
                    let mut object = Object::default();
                    for (key, item) in own_entries(&value).map_err(at)? {
                        if !props.iter().any(|(k, _)| **k == *key) {
                            object.insert(key, item).map_err(at)?;
                        }
                    }
                    vars.push((rest.clone(), Value::Object(Rc::new(object))));
                }
            }
            Pattern::Array { elems, rest } => {
                let items = iterate(&value).map_err(at)?;
                for (i, elem) in elems.iter().enumerate() {
                    if let Some(inner) = elem {
                        let item = items.get(i).cloned().unwrap_or(Value::Undefined);
                        self.bind(inner, item, vars, scope, span)?;
                    }
                }
                if let Some(rest) = rest {
                    let tail = items.get(elems.len()..).unwrap_or_default().to_vec();
                    vars.push((rest.clone(), Value::array(tail).map_err(at)?));
                }
            }
        }
        Ok(())
    }

    fn array_method(
        &mut self,
        receiver: &Value,
        items: &[Value],
        Method(name): Method,
        args: Vec<Value>,
        call: &Expr,
    ) -> Res<Value> {
        let at = |fault| fault_at(&call.span, fault);
        let arg = args.first().cloned().unwrap_or(Value::Undefined);
        let mut results = Vec::new();
        if matches!(
            name,
            "map" | "filter" | "some" | "every" | "find" | "findIndex"
        ) {
            self.charge(items.len() as u64, &call.span)?;
            for (i, item) in items.iter().enumerate() {
                let index = Value::Number(i as f64);
                let args = vec![item.clone(), index, receiver.clone()];
                results.push(self.call_callback(&arg, args, call)?);
                let truthy = results.last().is_some_and(Value::truthy);
                match name {
                    "some" if truthy => return Ok(Value::Bool(true)),
                    "every" if !truthy => return Ok(Value::Bool(false)),
                    "find" if truthy => return Ok(item.clone()),
                    "findIndex" if truthy => return Ok(Value::Number(i as f64)),
                    _ => {}
                }
            }
        }
        let position = |i: usize| Value::Number(i as f64);
        Ok(match name {
            "map" => Value::array(results).map_err(at)?,
            "filter" => {
                let kept = items.iter().zip(&results).filter(|(_, keep)| keep.truthy());
                Value::array(kept.map(|(item, _)| item.clone()).collect()).map_err(at)?
            }
            "some" => Value::Bool(false),
            "every" => Value::Bool(true),
            "find" => Value::Undefined,
            "findIndex" => Value::Number(-1.0),
            "includes" => Value::Bool(items.iter().any(|i| same_value_zero(i, &arg))),
            "indexOf" => items
                .iter()
                .position(|i| strict_equals(i, &arg))
                .map_or(Value::Number(-1.0), position),
            "join" => self.join(items, &args, call)?,
            "slice" => {
                let start = relative_index(args.first(), items.len(), 0).map_err(at)?;
                let end = relative_index(args.get(1), items.len(), items.len()).map_err(at)?;
                let slice = items.get(start..end.max(start)).unwrap_or_default();
                Value::array(slice.to_vec()).map_err(at)?
            }
            "concat" => {
                let mut out = items.to_vec();
                for value in args {
                    match value {
                        Value::Array(more) => out.extend(more.iter().cloned()),
                        other => out.push(other),
                    }
                }
                self.charge(out.len() as u64, &call.span)?;
                Value::array(out).map_err(at)?
            }
            "at" => {
                let n = to_number(&arg).map_err(at)?;
                let n = if n.is_nan() { 0.0 } else { n.trunc() };
                let i = if n < 0.0 { items.len() as f64 + n } else { n };
                if i < 0.0 {
                    Value::Undefined
                } else {
                    items.get(i as usize).cloned().unwrap_or(Value::Undefined)
                }
            }
            other => return Err(at(Fault::Unsupported(format!("`Array.prototype.{other}`")))),
        })
    }

    fn join(&mut self, items: &[Value], args: &[Value], call: &Expr) -> Res<Value> {
        let at = |fault| fault_at(&call.span, fault);
        let separator = match args.first() {
            None | Some(Value::Undefined) => ",".to_owned(),
            Some(value) => to_js_string(value).map_err(at)?,
        };
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(match item {
                Value::Undefined | Value::Null => String::new(),
                other => to_js_string(other).map_err(at)?,
            });
        }
        let text = parts.join(&separator);
        self.charge(text.len() as u64 / 64, &call.span)?;
        Ok(Value::string(text))
    }
}

/// `SameValueZero` (what `includes` compares with: `NaN` equals `NaN`).
fn same_value_zero(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_nan() && y.is_nan() => true,
        _ => strict_equals(a, b),
    }
}

/// A `slice` bound: negative counts from the end, clamped to `0..=len`.
fn relative_index(arg: Option<&Value>, len: usize, default: usize) -> Result<usize, Fault> {
    let n = match arg {
        None | Some(Value::Undefined) => return Ok(default),
        Some(value) => to_number(value)?,
    };
    let n = if n.is_nan() { 0.0 } else { n.trunc() };
    let len = len as f64;
    Ok(if n < 0.0 {
        (len + n).max(0.0)
    } else {
        n.min(len)
    } as usize)
}
