//! A pure JavaScript expression subset, evaluated statically with JavaScript's semantics: what
//! `metadata` options and callbacks are written in. Nothing here runs user code: expressions
//! outside the subset are rejected when lowered from SWC (`extract::js_lower`), and builtins are
//! implemented here.

pub mod builtins;
mod call;
pub mod eval;
pub mod json;
mod ops;
pub mod syntax;
pub mod value;
pub mod var_tools;

use std::rc::Rc;
use std::sync::Arc;

use eval::{fault_at, Evaluator, Scope};
use syntax::{Arrow, Expr};
use value::{Fault, Value};

use crate::diagnostic::Diagnostic;

/// A definition's `metadata` option, lowered.
#[derive(Debug, Clone, PartialEq)]
pub enum Metadata {
    /// A value (`metadata: { ... }`): upstream wraps it as `() => value`.
    Static(Expr),
    /// `metadata: ({ $, $var, ... }) => ...`.
    Callback {
        arrow: Arc<Arrow>,
        /// Whether the callback can see `document` (so it is worth building).
        uses_document: bool,
    },
}

impl Metadata {
    /// Evaluates the metadata; a callback is called with the object `context` builds.
    pub fn evaluate(
        &self,
        evaluator: &mut Evaluator,
        context: impl FnOnce(bool) -> Result<Value, Fault>,
    ) -> Result<Value, Diagnostic> {
        let root = Scope::new(Vec::new(), None);
        match self {
            Metadata::Static(expr) => evaluator.eval(expr, &root),
            Metadata::Callback {
                arrow,
                uses_document,
            } => {
                let context = context(*uses_document).map_err(|f| fault_at(&arrow.span, f))?;
                evaluator.call_arrow(arrow, &root, vec![context])
            }
        }
    }
}

/// A JSON value (the `DocumentNode`) as a JavaScript value.
pub fn from_json(json: &serde_json::Value) -> Result<Value, Fault> {
    json_at(json, 0)
}

fn json_at(json: &serde_json::Value, depth: u32) -> Result<Value, Fault> {
    if depth > value::MAX_VALUE_DEPTH {
        return Err(Fault::TooDeep(format!(
            "the document nests deeper than {} levels",
            value::MAX_VALUE_DEPTH
        )));
    }
    let child = |v: &serde_json::Value| json_at(v, depth + 1);
    Ok(match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::string(s.as_str()),
        serde_json::Value::Array(items) => {
            Value::array(items.iter().map(child).collect::<Result<_, _>>()?)?
        }
        serde_json::Value::Object(map) => Value::object(
            map.iter()
                .map(|(k, v)| Ok((Rc::from(k.as_str()), child(v)?)))
                .collect::<Result<Vec<_>, Fault>>()?,
        )?,
    })
}
