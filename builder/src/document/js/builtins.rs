//! Property access and the few builtins metadata code uses: `Math.max`/`min` and friends,
//! `Object.keys`/`values`/`entries`, `Array.isArray`, `String`/`Number`/`Boolean`, and the
//! array and string methods of [`Method`] (those taking callbacks run in `call.rs`).

use std::rc::Rc;

use super::value::{array_index, to_js_string, to_number};
use super::value::{Fault, Function, Value, VarRef};
use super::var_tools::{proxy_get, VarTool};

/// A global object of builtins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Namespace {
    Math,
    Object,
    Array,
    /// `$var`.
    VarTools,
}

impl Namespace {
    /// `Object.prototype.toString` of it.
    pub fn to_string_tag(self) -> &'static str {
        match self {
            Namespace::Math => "[object Math]",
            _ => "[object Object]",
        }
    }
}

/// A builtin function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Math(&'static str),
    ObjectKeys,
    ObjectValues,
    ObjectEntries,
    ArrayIsArray,
    String,
    Number,
    Boolean,
    VarTool(VarTool),
}

/// A method of an array or a string, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method(pub &'static str);

const ARRAY_METHODS: &[&str] = &[
    "map",
    "filter",
    "some",
    "every",
    "find",
    "findIndex",
    "includes",
    "indexOf",
    "join",
    "slice",
    "concat",
    "at",
];
const STRING_METHODS: &[&str] = &[
    "includes",
    "startsWith",
    "endsWith",
    "toUpperCase",
    "toLowerCase",
    "trim",
];
const MATH_FUNCTIONS: &[&str] = &["max", "min", "floor", "ceil", "round", "abs", "trunc"];

/// The global `name` (`Math`, `Object`, `Array`, `String`, `Number`, `Boolean`, `NaN`, `Infinity`).
pub fn global(name: &str) -> Option<Value> {
    Some(match name {
        "Math" => Value::Namespace(Namespace::Math),
        "Object" => Value::Namespace(Namespace::Object),
        "Array" => Value::Namespace(Namespace::Array),
        "String" => builtin(Builtin::String),
        "Number" => builtin(Builtin::Number),
        "Boolean" => builtin(Builtin::Boolean),
        "NaN" => Value::Number(f64::NAN),
        "Infinity" => Value::Number(f64::INFINITY),
        _ => return None,
    })
}

fn builtin(b: Builtin) -> Value {
    Value::Function(Rc::new(Function::Builtin(b)))
}

fn method(receiver: &Value, table: &[&'static str], key: &str) -> Option<Value> {
    table.iter().find(|m| **m == key).map(|m| {
        Value::Function(Rc::new(Function::Method {
            receiver: receiver.clone(),
            method: Method(m),
        }))
    })
}

/// `value[key]`, as JavaScript reads it (members outside the subset read as `undefined`).
pub fn get_property(value: &Value, key: &Rc<str>) -> Result<Value, Fault> {
    Ok(match value {
        Value::Undefined | Value::Null => {
            return Err(Fault::Thrown(format!(
                "TypeError: Cannot read properties of {} (reading '{key}')",
                to_js_string(value)?
            )))
        }
        Value::String(s) if &**key == "length" => Value::Number(s.encode_utf16().count() as f64),
        Value::String(s) => match array_index(key) {
            Some(i) => s
                .encode_utf16()
                .nth(i as usize)
                .map_or(Value::Undefined, |unit| {
                    Value::string(String::from_utf16_lossy(&[unit]))
                }),
            None => method(value, STRING_METHODS, key).unwrap_or(Value::Undefined),
        },
        Value::Array(items) if &**key == "length" => Value::Number(items.len() as f64),
        Value::Array(items) => match array_index(key) {
            Some(i) => items.get(i as usize).cloned().unwrap_or(Value::Undefined),
            None => method(value, ARRAY_METHODS, key).unwrap_or(Value::Undefined),
        },
        Value::Object(object) => object.get(key).cloned().unwrap_or(Value::Undefined),
        Value::VarRef(var_ref) if &**key == "inner" => var_ref_inner(var_ref)?,
        Value::Namespace(ns) => namespace_member(*ns, key),
        Value::Proxy(proxy) => proxy_get(proxy, key)?,
        _ => Value::Undefined,
    })
}

/// The `inner` field of a VarRef (a TypeScript-private field, but a plain property at run time).
fn var_ref_inner(var_ref: &VarRef) -> Result<Value, Fault> {
    let kind = |k: &str| (Rc::from("type"), Value::string(k));
    match var_ref {
        VarRef::Variable(name) => Value::object([
            kind("variable"),
            (Rc::from("name"), Value::string(name.as_str())),
        ]),
        VarRef::Nested(value) => {
            Value::object([kind("nested-value"), (Rc::from("value"), value.clone())])
        }
    }
}

fn namespace_member(ns: Namespace, key: &str) -> Value {
    match (ns, key) {
        (Namespace::Math, "PI") => Value::Number(std::f64::consts::PI),
        (Namespace::Math, "E") => Value::Number(std::f64::consts::E),
        (Namespace::Math, name) => MATH_FUNCTIONS
            .iter()
            .find(|f| **f == name)
            .map_or(Value::Undefined, |f| builtin(Builtin::Math(f))),
        (Namespace::Object, "keys") => builtin(Builtin::ObjectKeys),
        (Namespace::Object, "values") => builtin(Builtin::ObjectValues),
        (Namespace::Object, "entries") => builtin(Builtin::ObjectEntries),
        (Namespace::Array, "isArray") => builtin(Builtin::ArrayIsArray),
        (Namespace::VarTools, name) => {
            VarTool::named(name).map_or(Value::Undefined, |t| builtin(Builtin::VarTool(t)))
        }
        _ => Value::Undefined,
    }
}

/// JavaScript's `key in value`.
pub fn has_property(value: &Value, key: &Rc<str>) -> Result<bool, Fault> {
    if value.is_primitive() {
        return Err(Fault::Thrown(format!(
            "TypeError: Cannot use 'in' operator to search for '{key}' in {}",
            to_js_string(value)?
        )));
    }
    Ok(match value {
        Value::Object(object) => object.get(key).is_some(),
        Value::Array(items) => {
            &**key == "length"
                || array_index(key).is_some_and(|i| (i as usize) < items.len())
                || ARRAY_METHODS.contains(&&**key)
        }
        Value::VarRef(_) => &**key == "inner",
        other => !matches!(get_property(other, key)?, Value::Undefined),
    })
}

/// Own enumerable `[key, value]` pairs (what `Object.entries` and object spread see).
pub fn own_entries(value: &Value) -> Result<Vec<(Rc<str>, Value)>, Fault> {
    Ok(match value {
        Value::Object(object) => object.entries(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Rc::from(i.to_string()), v.clone()))
            .collect(),
        Value::String(s) => s
            .encode_utf16()
            .enumerate()
            .map(|(i, u)| {
                (
                    Rc::from(i.to_string()),
                    Value::string(String::from_utf16_lossy(&[u])),
                )
            })
            .collect(),
        Value::VarRef(var_ref) => vec![(Rc::from("inner"), var_ref_inner(var_ref)?)],
        _ => Vec::new(),
    })
}

/// What iterating `value` yields (`[...value]`, spread arguments).
pub fn iterate(value: &Value) -> Result<Vec<Value>, Fault> {
    match value {
        Value::Array(items) => Ok(items.to_vec()),
        Value::String(s) => Ok(s.chars().map(|c| Value::string(c.to_string())).collect()),
        other => Err(Fault::Thrown(format!(
            "TypeError: {} is not iterable",
            if other.is_primitive() {
                to_js_string(other)?
            } else {
                "object".into()
            }
        ))),
    }
}

/// Calls a builtin that needs no callbacks.
pub fn call_pure(builtin: Builtin, args: &[Value]) -> Result<Value, Fault> {
    let first = args.first().unwrap_or(&Value::Undefined);
    match builtin {
        Builtin::Math(name) => math(name, args),
        Builtin::ObjectKeys | Builtin::ObjectValues | Builtin::ObjectEntries => {
            if first.is_nullish() {
                return Err(Fault::Thrown(
                    "TypeError: Cannot convert undefined or null to object".into(),
                ));
            }
            let entries = own_entries(first)?;
            let items = entries
                .into_iter()
                .map(|(k, v)| match builtin {
                    Builtin::ObjectKeys => Ok(Value::String(k)),
                    Builtin::ObjectValues => Ok(v),
                    _ => Value::array(vec![Value::String(k), v]),
                })
                .collect::<Result<Vec<_>, Fault>>()?;
            Value::array(items)
        }
        Builtin::ArrayIsArray => Ok(Value::Bool(matches!(first, Value::Array(_)))),
        Builtin::String => Ok(Value::string(match args.first() {
            None => String::new(),
            Some(v) => to_js_string(v)?,
        })),
        Builtin::Number => Ok(Value::Number(match args.first() {
            None => 0.0,
            Some(v) => to_number(v)?,
        })),
        Builtin::Boolean => Ok(Value::Bool(first.truthy())),
        Builtin::VarTool(tool) => super::var_tools::call_plain(tool, first),
    }
}

fn math(name: &str, args: &[Value]) -> Result<Value, Fault> {
    let numbers = args.iter().map(to_number).collect::<Result<Vec<_>, _>>()?;
    let first = numbers.first().copied().unwrap_or(f64::NAN);
    Ok(Value::Number(match name {
        "max" => extreme(&numbers, f64::NEG_INFINITY, |n, acc| {
            n > acc || (n == 0.0 && acc == 0.0 && n.is_sign_positive())
        }),
        "min" => extreme(&numbers, f64::INFINITY, |n, acc| {
            n < acc || (n == 0.0 && acc == 0.0 && n.is_sign_negative())
        }),
        "floor" => first.floor(),
        "ceil" => first.ceil(),
        // JavaScript rounds halves up (towards +Infinity), unlike Rust's `round`.
        "round" => (first + 0.5).floor(),
        "abs" => first.abs(),
        "trunc" => first.trunc(),
        other => return Err(Fault::Unsupported(format!("`Math.{other}`"))),
    }))
}

/// `Math.max`/`Math.min`: `NaN` if any argument is, `+0` above `-0` for max (and below for min).
fn extreme(numbers: &[f64], start: f64, better: impl Fn(f64, f64) -> bool) -> f64 {
    let mut acc = start;
    for &n in numbers {
        if n.is_nan() {
            return f64::NAN;
        }
        if better(n, acc) {
            acc = n;
        }
    }
    acc
}

/// Calls a string method (none take callbacks).
pub fn call_string_method(
    text: &str,
    Method(name): Method,
    args: &[Value],
) -> Result<Value, Fault> {
    let arg = |i: usize| -> Result<String, Fault> {
        args.get(i).map_or(Ok("undefined".into()), to_js_string)
    };
    Ok(match name {
        "includes" => Value::Bool(text.contains(&*arg(0)?)),
        "startsWith" => Value::Bool(text.starts_with(&*arg(0)?)),
        "endsWith" => Value::Bool(text.ends_with(&*arg(0)?)),
        "toUpperCase" => Value::string(text.to_uppercase()),
        "toLowerCase" => Value::string(text.to_lowercase()),
        "trim" => Value::string(text.trim()),
        other => return Err(Fault::Unsupported(format!("`String.prototype.{other}`"))),
    })
}
