//! JavaScript values as metadata callbacks see them: primitives, arrays, plain objects,
//! soda-gql's `VarRef`s, functions and `$var` selector proxies. Values are immutable, so sharing
//! (`Rc`) is JavaScript's object identity.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use super::builtins::{Builtin, Method, Namespace};
use super::eval::Scope;
use super::syntax::Arrow;
use super::var_tools::Proxy;

/// A JavaScript value.
#[derive(Debug, Clone)]
pub enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(Rc<str>),
    Array(Rc<List>),
    Object(Rc<Object>),
    /// soda-gql's `VarRef` (`$.x`, or a value given to a fragment variable).
    VarRef(Rc<VarRef>),
    Function(Rc<Function>),
    /// A global object of builtins (`Math`, `Object`, `$var`).
    Namespace(Namespace),
    /// What a `$var` selector receives (`p` in `p => p.a.b`).
    Proxy(Rc<Proxy>),
}

/// What a `VarRef` holds (`VarRefInner` upstream).
#[derive(Debug, Clone)]
pub enum VarRef {
    /// `{ type: "variable", name }`: an operation variable.
    Variable(String),
    /// `{ type: "nested-value", value }`: a value given to a fragment variable (may hold VarRefs).
    Nested(Value),
}

/// A callable value.
#[derive(Debug)]
pub enum Function {
    /// An arrow function and the scope it closes over.
    Closure {
        arrow: Arc<Arrow>,
        scope: Rc<Scope>,
    },
    Builtin(Builtin),
    /// A method read from a value (`list.map`), bound to it.
    Method {
        receiver: Value,
        method: Method,
    },
}

/// Why an operation on values fails: a JavaScript exception, or something outside the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// What upstream would throw (a `TypeError`, a `$var` error).
    Thrown(String),
    /// JavaScript the builder does not evaluate.
    Unsupported(String),
    /// A value or an evaluation deeper than the builder follows.
    TooDeep(String),
}

/// Values nest at most this deep, so walking and dropping them never overflows the stack.
pub const MAX_VALUE_DEPTH: u32 = 256;

fn too_deep() -> Fault {
    Fault::TooDeep(format!(
        "a metadata value nests deeper than {MAX_VALUE_DEPTH} levels"
    ))
}

/// An array's elements and how deeply they nest.
#[derive(Debug, Clone, Default)]
pub struct List {
    items: Vec<Value>,
    depth: u32,
}

impl List {
    /// A list of `items` (a `Fault` when it would nest too deeply).
    pub fn new(items: Vec<Value>) -> Result<List, Fault> {
        let depth = 1 + items.iter().map(Value::depth).max().unwrap_or(0);
        if depth > MAX_VALUE_DEPTH {
            return Err(too_deep());
        }
        Ok(List { items, depth })
    }
}

impl std::ops::Deref for List {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.items
    }
}

/// A plain object: properties in JavaScript's order (integer keys ascending, then insertion order).
#[derive(Debug, Clone, Default)]
pub struct Object {
    entries: Vec<(Rc<str>, Value)>,
    /// Position of each key in `entries` (objects built by spreads can be large).
    index: HashMap<Rc<str>, usize>,
    depth: u32,
}

/// Whether `key` is an array index (`"0"`, `"12"`; not `"01"`), which JavaScript orders first.
pub fn array_index(key: &str) -> Option<u32> {
    let index: u32 = key.parse().ok()?;
    (index != u32::MAX && index.to_string() == key).then_some(index)
}

impl Object {
    /// Sets `key` (a redefined key keeps its position, as in JavaScript).
    pub fn insert(&mut self, key: Rc<str>, value: Value) -> Result<(), Fault> {
        let depth = value.depth() + 1;
        if depth > MAX_VALUE_DEPTH {
            return Err(too_deep());
        }
        self.depth = self.depth.max(depth);
        match self
            .index
            .get(&key)
            .and_then(|&at| self.entries.get_mut(at))
        {
            Some(slot) => slot.1 = value,
            None => {
                self.index.insert(key.clone(), self.entries.len());
                self.entries.push((key, value));
            }
        }
        Ok(())
    }

    /// The value of an own property.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.index
            .get(key)
            .and_then(|&at| self.entries.get(at))
            .map(|(_, v)| v)
    }

    /// Own properties in JavaScript's enumeration order.
    pub fn entries(&self) -> Vec<(Rc<str>, Value)> {
        let mut indexed: Vec<(u32, &(Rc<str>, Value))> = self
            .entries
            .iter()
            .filter_map(|e| array_index(&e.0).map(|i| (i, e)))
            .collect();
        indexed.sort_by_key(|(i, _)| *i);
        let named = self.entries.iter().filter(|e| array_index(&e.0).is_none());
        indexed
            .into_iter()
            .map(|(_, e)| e)
            .chain(named)
            .cloned()
            .collect()
    }
}

impl Value {
    /// A string value.
    pub fn string(text: impl Into<Rc<str>>) -> Value {
        Value::String(text.into())
    }

    /// An object value from entries in order.
    pub fn object(entries: impl IntoIterator<Item = (Rc<str>, Value)>) -> Result<Value, Fault> {
        let mut object = Object::default();
        for (key, value) in entries {
            object.insert(key, value)?;
        }
        Ok(Value::Object(Rc::new(object)))
    }

    /// An array value.
    pub fn array(items: Vec<Value>) -> Result<Value, Fault> {
        Ok(Value::Array(Rc::new(List::new(items)?)))
    }

    /// How deeply the value nests (1 for an empty array, 0 for a primitive).
    pub fn depth(&self) -> u32 {
        match self {
            Value::Array(list) => list.depth,
            Value::Object(object) => object.depth.max(1),
            Value::VarRef(var_ref) => match &**var_ref {
                VarRef::Variable(_) => 1,
                VarRef::Nested(value) => 2 + value.depth(),
            },
            Value::Function(function) => match &**function {
                Function::Closure { scope, .. } => 1 + scope.depth(),
                Function::Method { receiver, .. } => 1 + receiver.depth(),
                Function::Builtin(_) => 1,
            },
            Value::Proxy(proxy) => 1 + proxy.depth(),
            _ => 0,
        }
    }

    /// JavaScript's `typeof`.
    pub fn type_of(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Function(_) => "function",
            Value::Null
            | Value::Array(_)
            | Value::Object(_)
            | Value::VarRef(_)
            | Value::Namespace(_)
            | Value::Proxy(_) => "object",
        }
    }

    /// `null` or `undefined` (what `?.` and `??` test).
    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    /// JavaScript truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::String(s) => !s.is_empty(),
            _ => true,
        }
    }

    /// Whether two values are the same object (JavaScript identity for non-primitives).
    pub fn same_object(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Array(a), Value::Array(b)) => Rc::ptr_eq(a, b),
            (Value::Object(a), Value::Object(b)) => Rc::ptr_eq(a, b),
            (Value::VarRef(a), Value::VarRef(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Proxy(a), Value::Proxy(b)) => Rc::ptr_eq(a, b),
            (Value::Namespace(a), Value::Namespace(b)) => a == b,
            _ => false,
        }
    }

    /// Whether the value is a primitive (not an object or function).
    pub fn is_primitive(&self) -> bool {
        matches!(
            self,
            Value::Undefined | Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_)
        )
    }
}

/// The number as an integer when JavaScript's `Number.isSafeInteger` holds for it: how both
/// readers of TypeScript literals (configs and definitions) tell `10` from `10.5`.
pub fn safe_integer(n: f64) -> Option<i64> {
    const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
    (n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER).then_some(n as i64)
}

/// JavaScript's `Number.prototype.toString()` (shortest round trip, ECMAScript exponent rules).
pub fn number_to_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n == 0.0 {
        return "0".into();
    }
    ryu_js::Buffer::new().format_finite(n).to_owned()
}

/// JavaScript's `ToString` for primitives and plain data (`Fault` for what it cannot convert).
pub fn to_js_string(value: &Value) -> Result<String, Fault> {
    Ok(match value {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_to_string(*n),
        Value::String(s) => s.to_string(),
        Value::Array(items) => {
            let mut parts = Vec::with_capacity(items.len());
            for item in items.iter() {
                parts.push(match item {
                    Value::Undefined | Value::Null => String::new(),
                    other => to_js_string(other)?,
                });
            }
            parts.join(",")
        }
        Value::Object(_) | Value::VarRef(_) => "[object Object]".into(),
        Value::Namespace(ns) => ns.to_string_tag().into(),
        Value::Function(_) => {
            return Err(Fault::Unsupported(
                "converting a function to a string".into(),
            ))
        }
        Value::Proxy(_) => {
            return Err(Fault::Thrown(
                "Prohibited property access: Symbol(Symbol.toPrimitive)".into(),
            ))
        }
    })
}

/// JavaScript's `ToNumber`.
pub fn to_number(value: &Value) -> Result<f64, Fault> {
    Ok(match value {
        Value::Undefined => f64::NAN,
        Value::Null => 0.0,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Number(n) => *n,
        Value::String(s) => string_to_number(s),
        other => string_to_number(&to_js_string(other)?),
    })
}

/// JavaScript's `StringToNumber`: decimal, `0x`/`0o`/`0b`, `Infinity`; anything else is `NaN`.
fn string_to_number(text: &str) -> f64 {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if text.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = text.strip_prefix(prefix) {
            return u64::from_str_radix(digits, radix).map_or(f64::NAN, |n| n as f64);
        }
    }
    let unsigned = text.trim_start_matches(['+', '-']);
    if unsigned == "Infinity" && text.len() - unsigned.len() <= 1 {
        return if text.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let decimal = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
    if decimal
        && unsigned
            .chars()
            .next()
            .is_some_and(|c| c != '+' && c != '-')
    {
        text.parse().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

/// JavaScript's `ToPropertyKey` for the values a computed key can hold.
pub fn to_property_key(value: &Value) -> Result<Rc<str>, Fault> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Ok(to_js_string(other)?.into()),
    }
}
